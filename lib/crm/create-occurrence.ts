import { eq, sql } from "drizzle-orm";
import { crmOccurrences, crmOccurrenceTypes } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { invalid } from "@/lib/core/errors";
import { formatOccurrenceProtocol } from "./protocol";
import { requireCrmTarget } from "./resolve-target";
import type { OccurrenceInput } from "./schemas";

export async function createOccurrence({ ctx, input }: { ctx: Ctx; input: OccurrenceInput }) {
  const target = await requireCrmTarget(ctx, input);
  const [type] = await ctx.db.select({ id: crmOccurrenceTypes.id }).from(crmOccurrenceTypes).where(eq(crmOccurrenceTypes.id, input.typeId));
  if (!type) throw invalid("typeId", "Tipo de ocorrência não encontrado.");
  const now = ctx.clock.now();
  const next = await ctx.db.execute<{ sequence: string }>(sql`select nextval('crm_occurrence_protocol_seq') as sequence`);
  const [created] = await ctx.db.insert(crmOccurrences).values({
    companyId: ctx.companyId, protocol: formatOccurrenceProtocol(now, Number(next.rows[0]!.sequence)), typeId: type.id,
    subject: input.subject, description: input.description || null, status: input.status,
    accountId: target.account.id, contactId: target.contact?.id ?? null, createdBy: ctx.user.id, createdAt: now,
  }).returning();
  await recordAudit(ctx, { entity: "crm_occurrence", entityId: created!.id, action: "create", companyId: ctx.companyId, after: created });
  return { id: created!.id, protocol: created!.protocol };
}
