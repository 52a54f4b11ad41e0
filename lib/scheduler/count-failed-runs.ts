import "server-only";
import { and, count, eq, gte } from "drizzle-orm";
import { processConfigs, processRuns } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { visibleRuns } from "./config-access";

/** Failed runs of the caller's companies in the last 7 days, for the dashboard badge. */
export async function countFailedRuns({ ctx }: { ctx: Ctx }) {
  const since = new Date(ctx.clock.now().getTime() - 7 * 86_400_000);
  const [row] = await ctx.db.select({ n: count() }).from(processRuns)
    .innerJoin(processConfigs, eq(processConfigs.id, processRuns.configId))
    .where(and(visibleRuns(ctx), eq(processRuns.status, "failed"), gte(processRuns.finishedAt, since)));
  return row?.n ?? 0;
}
