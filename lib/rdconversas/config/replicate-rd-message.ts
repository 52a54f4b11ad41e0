import "server-only";
import { rdMessages } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import { assertCompanyAccess, type Ctx } from "@/lib/core/ctx";
import type { ReplicateRdMessageInput } from "../config-schemas";
import { messageTypeLabel } from "../message-types";
import { findCompanyMessage } from "./find-company-message";

export type ReplicateOutcome = { companyId: number; companyName: string; created: boolean; detail: string };

const copied = (m: typeof rdMessages.$inferSelect) => ({
  type: m.type, templateId: m.templateId, templateName: m.templateName, templateText: m.templateText,
  variableCount: m.variableCount, chipId: m.chipId, chipLabel: m.chipLabel, active: m.active, fields: m.fields,
});

/** "Replicar dados": the same template, chip, fields and state for each chosen company that has no message of this type. */
export async function replicateRdMessage({ ctx, input }: { ctx: Ctx; input: ReplicateRdMessageInput }) {
  const source = await findCompanyMessage(ctx, input.id);
  const targets = [...new Set(input.companyIds)];
  for (const companyId of targets) assertCompanyAccess(ctx, companyId);
  const outcomes: ReplicateOutcome[] = [];
  for (const companyId of targets) {
    const companyName = ctx.companies.find((c) => c.id === companyId)!.name;
    const [row] = await ctx.db.insert(rdMessages)
      .values({ ...copied(source), companyId, createdAt: ctx.clock.now(), updatedAt: ctx.clock.now(), updatedBy: ctx.user.id })
      .onConflictDoNothing({ target: [rdMessages.companyId, rdMessages.type] })
      .returning();
    if (row) {
      await recordAudit(ctx, { entity: "rd_message", entityId: row.id, action: "create", companyId, after: { ...row, replicatedFrom: source.id } });
      outcomes.push({ companyId, companyName, created: true, detail: "criada" });
    } else {
      outcomes.push({ companyId, companyName, created: false, detail: `ignorada: já existe mensagem do tipo ${messageTypeLabel(source.type)}` });
    }
  }
  return { outcomes };
}
