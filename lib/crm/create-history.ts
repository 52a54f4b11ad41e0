import { crmHistory } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { requireCrmTarget } from "./resolve-target";
import type { HistoryInput } from "./schemas";

export async function createHistory({ ctx, input }: { ctx: Ctx; input: HistoryInput }) {
  const target = await requireCrmTarget(ctx, input);
  const [created] = await ctx.db.insert(crmHistory).values({
    companyId: ctx.companyId, accountId: target.account.id, contactId: target.contact?.id ?? null,
    note: input.note, createdBy: ctx.user.id, createdAt: ctx.clock.now(),
  }).returning();
  await recordAudit(ctx, { entity: "crm_history", entityId: created!.id, action: "create", companyId: ctx.companyId, after: created });
  return { id: created!.id, accountId: target.account.id, contactId: target.contact?.id ?? null };
}
