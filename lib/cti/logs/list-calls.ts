import { and, count, desc, eq, isNull } from "drizzle-orm";
import { ctiCalls, users } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { CTI_LOG_PAGE_SIZE, ctiLogConditions } from "./scope";
import type { CtiLogFilters } from "./schemas";

/** The call log, newest first; `unansweredOnly` is the unanswered-calls view. */
export async function listCtiCalls({ ctx, input }: { ctx: Ctx; input: CtiLogFilters }) {
  const conditions = ctiLogConditions(ctx, input, { userId: ctiCalls.userId, at: ctiCalls.startedAt });
  if (input.unansweredOnly) conditions.push(isNull(ctiCalls.answeredAt));
  const where = and(...conditions);
  const [rows, [counted]] = await Promise.all([
    ctx.db.select({
      id: ctiCalls.id, callId: ctiCalls.callId, extension: ctiCalls.extension, phone: ctiCalls.phone,
      direction: ctiCalls.direction, extraInfo: ctiCalls.extraInfo, startedAt: ctiCalls.startedAt,
      answeredAt: ctiCalls.answeredAt, userName: users.name,
    })
      .from(ctiCalls)
      .leftJoin(users, eq(users.id, ctiCalls.userId))
      .where(where)
      .orderBy(desc(ctiCalls.startedAt), desc(ctiCalls.id))
      .limit(CTI_LOG_PAGE_SIZE)
      .offset((input.page - 1) * CTI_LOG_PAGE_SIZE),
    ctx.db.select({ n: count() }).from(ctiCalls).where(where),
  ]);
  return { rows, total: counted?.n ?? 0, page: input.page, pageSize: CTI_LOG_PAGE_SIZE };
}
