import { crmLeads } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import type { LeadInput } from "./schemas";

export async function createLead({ ctx, input }: { ctx: Ctx; input: LeadInput }) {
  const [created] = await ctx.db.insert(crmLeads).values({
    companyId: ctx.companyId, name: input.name, phone: input.phone || null, email: input.email || null,
    notes: input.notes || null, createdBy: ctx.user.id, createdAt: ctx.clock.now(),
  }).returning();
  await recordAudit(ctx, { entity: "crm_lead", entityId: created!.id, action: "create", companyId: ctx.companyId, after: created });
  return { id: created!.id };
}
