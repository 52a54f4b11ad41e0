import "server-only";
import { and, count, desc, eq } from "drizzle-orm";
import { processConfigs, processRuns } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { companyLabels } from "./company-labels";
import { visibleRuns } from "./config-access";
import { processByCode } from "./processes";

export const RUNS_PAGE_SIZE = 20;

/** Runs newest first (all configurations, or one), limited to the caller's companies. */
export async function listRuns({ ctx, input }: { ctx: Ctx; input: { configId?: number; page?: number } }) {
  const page = Math.max(1, input.page ?? 1);
  const where = and(visibleRuns(ctx), input.configId ? eq(processRuns.configId, input.configId) : undefined);
  const [rows, [total]] = await Promise.all([
    ctx.db.select({ run: processRuns, description: processConfigs.description, processCode: processConfigs.processCode })
      .from(processRuns).innerJoin(processConfigs, eq(processConfigs.id, processRuns.configId))
      .where(where).orderBy(desc(processRuns.scheduledFor), desc(processRuns.id))
      .limit(RUNS_PAGE_SIZE).offset((page - 1) * RUNS_PAGE_SIZE),
    ctx.db.select({ n: count() }).from(processRuns).innerJoin(processConfigs, eq(processConfigs.id, processRuns.configId)).where(where),
  ]);
  return {
    page,
    total: total?.n ?? 0,
    rows: rows.map((r) => ({
      ...r.run,
      description: r.description,
      processName: processByCode(r.processCode)?.name ?? r.processCode,
      companies: companyLabels(ctx, r.run.companyIds),
    })),
  };
}
