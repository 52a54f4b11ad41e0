import { and, count, desc, eq } from "drizzle-orm";
import { ctiUsageLog, users } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { CTI_LOG_PAGE_SIZE, ctiLogConditions } from "./scope";
import type { CtiLogFilters } from "./schemas";

/** CTI logins (1) and logouts (2), newest first. */
export async function listCtiUsageLog({ ctx, input }: { ctx: Ctx; input: CtiLogFilters }) {
  const where = and(...ctiLogConditions(ctx, input, { userId: ctiUsageLog.userId, at: ctiUsageLog.at }));
  const [rows, [counted]] = await Promise.all([
    ctx.db.select({
      id: ctiUsageLog.id, at: ctiUsageLog.at, kind: ctiUsageLog.kind, extension: ctiUsageLog.extension,
      justification: ctiUsageLog.justification, automatic: ctiUsageLog.automatic, userName: users.name,
    })
      .from(ctiUsageLog)
      .leftJoin(users, eq(users.id, ctiUsageLog.userId))
      .where(where)
      .orderBy(desc(ctiUsageLog.at), desc(ctiUsageLog.id))
      .limit(CTI_LOG_PAGE_SIZE)
      .offset((input.page - 1) * CTI_LOG_PAGE_SIZE),
    ctx.db.select({ n: count() }).from(ctiUsageLog).where(where),
  ]);
  return { rows, total: counted?.n ?? 0, page: input.page, pageSize: CTI_LOG_PAGE_SIZE };
}
