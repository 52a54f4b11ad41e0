import { and, desc, eq, ilike, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { auditLog, companies, users } from "@/db/schema";
import { TIME_ZONE } from "@/lib/br/format";
import { assertCompanyAccess, grantedCompanyIds, requireAdmin, type Ctx } from "@/lib/core/ctx";
import type { AuditFilters } from "./schemas";

export const AUDIT_PAGE_SIZE = 50;
/** Counting stops here so a large log still answers fast; the pager then shows "10.000+". */
const COUNT_CAP = 10_000;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Audit entries newest first: organization-wide ones plus those of the caller's granted companies. */
export async function listAudit({ ctx, input }: { ctx: Ctx; input: AuditFilters }) {
  requireAdmin(ctx);
  const conditions: SQL[] = [or(isNull(auditLog.companyId), inArray(auditLog.companyId, grantedCompanyIds(ctx)))!];
  if (input.companyId === "organization") conditions.push(isNull(auditLog.companyId));
  else if (input.companyId) {
    assertCompanyAccess(ctx, input.companyId);
    conditions.push(eq(auditLog.companyId, input.companyId));
  }
  if (input.entity) conditions.push(eq(auditLog.entity, input.entity));
  if (input.action) conditions.push(eq(auditLog.action, input.action));
  if (input.userId) conditions.push(eq(auditLog.userId, input.userId));
  if (input.entityId) conditions.push(ilike(auditLog.entityId, `%${escapeLike(input.entityId)}%`));
  if (input.from) conditions.push(sql`${auditLog.at} >= (${input.from}::date)::timestamp at time zone ${TIME_ZONE}`);
  if (input.to) conditions.push(sql`${auditLog.at} < (${input.to}::date + 1)::timestamp at time zone ${TIME_ZONE}`);
  const where = and(...conditions);

  const rows = await ctx.db
    .select({
      id: auditLog.id, at: auditLog.at, entity: auditLog.entity, entityId: auditLog.entityId, action: auditLog.action,
      before: auditLog.before, after: auditLog.after,
      userName: users.name, companyCode: companies.code, companyName: companies.name,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .leftJoin(companies, eq(companies.id, auditLog.companyId))
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((input.page - 1) * AUDIT_PAGE_SIZE);
  const capped = ctx.db.select({ one: sql`1` }).from(auditLog).where(where).limit(COUNT_CAP + 1).as("capped");
  const [counted] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(capped);
  const total = counted?.n ?? 0;
  return { rows, total: Math.min(total, COUNT_CAP), totalCapped: total > COUNT_CAP, page: input.page, pageSize: AUDIT_PAGE_SIZE };
}
