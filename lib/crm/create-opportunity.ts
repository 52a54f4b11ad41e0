import { crmOpportunities } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { requireCrmTarget } from "./resolve-target";
import { amountToCents, type OpportunityInput } from "./schemas";

export async function createOpportunity({ ctx, input }: { ctx: Ctx; input: OpportunityInput }) {
  const target = await requireCrmTarget(ctx, input);
  const [created] = await ctx.db.insert(crmOpportunities).values({
    companyId: ctx.companyId, accountId: target.account.id, contactId: target.contact?.id ?? null,
    title: input.title, amountCents: amountToCents(input.amount), stage: input.stage, createdBy: ctx.user.id, createdAt: ctx.clock.now(),
  }).returning();
  await recordAudit(ctx, { entity: "crm_opportunity", entityId: created!.id, action: "create", companyId: ctx.companyId, after: created });
  return { id: created!.id };
}
