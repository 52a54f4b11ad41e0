import { eq, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { TIME_ZONE } from "@/lib/br/format";
import { isAdmin, type Ctx } from "@/lib/core/ctx";
import type { CtiLogFilters } from "./schemas";

export const CTI_LOG_PAGE_SIZE = 50;

/** Operators see only their own rows whatever the filter says; admins everyone's, or one user's. */
export function ctiLogConditions(ctx: Ctx, input: CtiLogFilters, columns: { userId: AnyColumn; at: AnyColumn }): SQL[] {
  const conditions: SQL[] = [];
  const userId = isAdmin(ctx) ? input.userId : ctx.user.id;
  if (userId) conditions.push(eq(columns.userId, userId));
  if (input.from) conditions.push(sql`${columns.at} >= (${input.from}::date)::timestamp at time zone ${TIME_ZONE}`);
  if (input.to) conditions.push(sql`${columns.at} < (${input.to}::date + 1)::timestamp at time zone ${TIME_ZONE}`);
  return conditions;
}
