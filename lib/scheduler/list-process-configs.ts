import "server-only";
import { asc, desc, inArray } from "drizzle-orm";
import { processConfigs, processRuns } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { companyLabels } from "./company-labels";
import { targetCompanyIds, visibleConfigs } from "./config-access";
import { processByCode } from "./processes";
import { describeFrequency, nextRuns } from "./schedule";

/** GERFP095 list: configurations of the caller's companies with their next 5 run times and last run. */
export async function listProcessConfigs({ ctx }: { ctx: Ctx }) {
  const configs = await ctx.db.select().from(processConfigs).where(visibleConfigs(ctx))
    .orderBy(desc(processConfigs.active), asc(processConfigs.description), asc(processConfigs.id));
  const lastRuns = configs.length === 0 ? [] : await ctx.db
    .selectDistinctOn([processRuns.configId], { configId: processRuns.configId, id: processRuns.id, status: processRuns.status, scheduledFor: processRuns.scheduledFor })
    .from(processRuns)
    .where(inArray(processRuns.configId, configs.map((c) => c.id)))
    .orderBy(processRuns.configId, desc(processRuns.scheduledFor), desc(processRuns.id));
  const now = ctx.clock.now();
  return configs.map((config) => ({
    config,
    processName: processByCode(config.processCode)?.name ?? `${config.processCode} (não registrado)`,
    companies: companyLabels(ctx, targetCompanyIds(config)),
    frequency: describeFrequency(config),
    nextRuns: config.active ? nextRuns(config, now, 5) : [],
    lastRun: lastRuns.find((r) => r.configId === config.id) ?? null,
  }));
}
