import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { processConfigs, processRunLogs, processRuns, users } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { notFound } from "@/lib/core/errors";
import { companyLabels } from "./company-labels";
import { visibleRuns } from "./config-access";
import { processByCode } from "./processes";

/** A run with its counts, companies and LOG lines; runs of other companies do not exist for the caller. */
export async function getRun({ ctx, input }: { ctx: Ctx; input: { id: number } }) {
  const [found] = await ctx.db
    .select({ run: processRuns, config: { id: processConfigs.id, description: processConfigs.description, processCode: processConfigs.processCode }, requestedBy: users.name })
    .from(processRuns)
    .innerJoin(processConfigs, eq(processConfigs.id, processRuns.configId))
    .leftJoin(users, eq(users.id, processRuns.requestedBy))
    .where(and(eq(processRuns.id, input.id), visibleRuns(ctx)));
  if (!found) throw notFound("Execução");
  const logs = await ctx.db.select({ id: processRunLogs.id, at: processRunLogs.at, level: processRunLogs.level, message: processRunLogs.message })
    .from(processRunLogs).where(eq(processRunLogs.runId, input.id)).orderBy(asc(processRunLogs.id));
  return {
    run: found.run,
    config: { ...found.config, processName: processByCode(found.config.processCode)?.name ?? found.config.processCode },
    requestedBy: found.requestedBy,
    companies: companyLabels(ctx, found.run.companyIds),
    logs,
  };
}
