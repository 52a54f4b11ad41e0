import "server-only";
import { eq } from "drizzle-orm";
import { rdMessages } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { invalid, ServiceError } from "@/lib/core/errors";
import type { SaveRdMessageInput } from "../config-schemas";
import { fieldListProblem } from "../fields";
import { findMessageType } from "../message-types";
import { chipLabel } from "./chip-label";
import { findCompanyMessage } from "./find-company-message";
import { requireRdCatalog } from "./require-rd-catalog";

/**
 * "Editar": chip, active flag and field list. The template snapshot is refreshed from the provider, so a changed
 * template is reviewed here and its warning goes away; the field list must fill the template exactly.
 */
export async function saveRdMessage({ ctx, input }: { ctx: Ctx; input: SaveRdMessageInput }) {
  const before = await findCompanyMessage(ctx, input.id);
  const { chips, templates } = await requireRdCatalog(ctx.db);
  const template = templates.find((t) => t.id === before.templateId);
  if (!template) {
    throw new ServiceError("INVALID", `O template "${before.templateName}" não existe mais no RD Conversas: exclua a mensagem e crie outra em "Consultar templates".`);
  }
  const chip = chips.find((c) => c.id === input.chipId);
  if (!chip) throw invalid("chipId", "Este chip não existe mais no RD Conversas: escolha outro.");
  const problem = fieldListProblem(input.fields, template.variableCount, findMessageType(before.type)?.group ?? "due");
  if (problem) throw invalid("fields", problem);
  return ctx.db.transaction(async (tx) => {
    const [after] = await tx.update(rdMessages).set({
      chipId: chip.id, chipLabel: chipLabel(chip), active: input.active, fields: input.fields,
      templateName: template.name, templateText: template.text, variableCount: template.variableCount,
      updatedAt: ctx.clock.now(), updatedBy: ctx.user.id,
    }).where(eq(rdMessages.id, before.id)).returning();
    await recordAudit({ ...ctx, db: tx }, { entity: "rd_message", entityId: before.id, action: "update", companyId: before.companyId, before, after });
    return { id: before.id };
  });
}
