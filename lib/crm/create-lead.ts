import { crmLeads } from "@/db/schema";
import { normalizePhone } from "@/lib/br/phone";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import type { LeadInput } from "./schemas";

const toE164 = (raw: string) => {
  const parsed = raw ? normalizePhone(raw) : undefined;
  return parsed?.ok ? parsed.e164 : null;
};

export async function createLead({ ctx, input }: { ctx: Ctx; input: LeadInput }) {
  const [created] = await ctx.db.insert(crmLeads).values({
    companyId: ctx.companyId, name: input.name, phone: toE164(input.phone), email: input.email || null,
    notes: input.notes || null, createdBy: ctx.user.id, createdAt: ctx.clock.now(),
  }).returning();
  await recordAudit(ctx, { entity: "crm_lead", entityId: created!.id, action: "create", companyId: ctx.companyId, after: created });
  return { id: created!.id };
}
