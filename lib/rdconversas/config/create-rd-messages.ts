import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { rdMessages } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { conflict, invalid, uniqueViolation } from "@/lib/core/errors";
import type { CreateRdMessagesInput } from "../config-schemas";
import { findMessageType, messageTypeLabel } from "../message-types";
import { chipLabel } from "./chip-label";
import { requireRdCatalog } from "./require-rd-catalog";

export const duplicateTypeMessage = (type: string) => `A empresa já tem uma mensagem do tipo ${messageTypeLabel(type)}.`;

/**
 * "Consultar templates" → "Confirmar": one message per selected template for the logged company. A template with
 * variables starts inactive with an empty field list: it cannot be sent until its fields are set.
 */
export async function createRdMessages({ ctx, input }: { ctx: Ctx; input: CreateRdMessagesInput }) {
  const { chips, templates } = await requireRdCatalog(ctx.db);
  const used = await ctx.db.select({ type: rdMessages.type }).from(rdMessages)
    .where(and(eq(rdMessages.companyId, ctx.companyId), inArray(rdMessages.type, input.items.map((i) => i.type))));
  const values = input.items.map((item, index) => {
    if (!findMessageType(item.type)) throw invalid(`items.${index}.type`, `Tipo de mensagem desconhecido: ${item.type}.`);
    if (used.some((u) => u.type === item.type)) throw conflict(`items.${index}.type`, duplicateTypeMessage(item.type));
    const template = templates.find((t) => t.id === item.templateId);
    if (!template) throw invalid(`items.${index}.templateId`, "Este template não existe mais no RD Conversas: consulte os templates de novo.");
    if (template.status !== "APPROVED") {
      throw invalid(`items.${index}.templateId`, `O template "${template.name}" não está aprovado no RD Conversas (situação ${template.status}).`);
    }
    const chip = chips.find((c) => c.id === item.chipId);
    if (!chip) throw invalid(`items.${index}.chipId`, "Este chip não existe mais no RD Conversas: escolha outro.");
    return {
      companyId: ctx.companyId, type: item.type, templateId: template.id, templateName: template.name, templateText: template.text,
      variableCount: template.variableCount, chipId: chip.id, chipLabel: chipLabel(chip), active: template.variableCount === 0,
      fields: [], createdAt: ctx.clock.now(), updatedAt: ctx.clock.now(), updatedBy: ctx.user.id,
    };
  });
  return ctx.db.transaction(async (tx) => {
    const created = [];
    for (const [index, value] of values.entries()) {
      try {
        const [row] = await tx.insert(rdMessages).values(value).returning();
        created.push(row!);
      } catch (error) {
        // Another admin created this type between the check above and now.
        if (uniqueViolation(error) === "rd_messages_company_type_key") throw conflict(`items.${index}.type`, duplicateTypeMessage(value.type));
        throw error;
      }
    }
    for (const row of created) {
      await recordAudit({ ...ctx, db: tx }, { entity: "rd_message", entityId: row.id, action: "create", companyId: row.companyId, after: row });
    }
    return { created: created.map((m) => ({ id: m.id, type: m.type, active: m.active })) };
  });
}
