import "server-only";
import { processRunLogs, processRuns } from "@/db/schema";
import { formatIsoDate, saoPauloDate } from "@/lib/br/format";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { conflict } from "@/lib/core/errors";
import { loadVisibleConfig, targetCompanyIds } from "./config-access";
import type { RequestRunInput } from "./schemas";

/**
 * "Executar agora" (today's reference date) and "Executar para a data..." (a chosen one): queued runs the sidecar
 * picks up within seconds — one per company, or one for all when the configuration groups companies.
 */
export async function requestRun({ ctx, input }: { ctx: Ctx; input: RequestRunInput }) {
  const config = await loadVisibleConfig(ctx, input.configId);
  const now = ctx.clock.now();
  const referenceDate = input.referenceDate ?? saoPauloDate(now);
  const trigger = input.referenceDate ? "rerun" as const : "manual" as const;
  const targets = targetCompanyIds(config);
  const scopes = config.groupCompanies
    ? [{ companyScope: "all", companyIds: targets }]
    : targets.map((id) => ({ companyScope: String(id), companyIds: [id] }));
  const runs = await ctx.db.insert(processRuns).values(scopes.map((scope) => ({
    configId: config.id, scheduledFor: now, ...scope, referenceDate, trigger, requestedBy: ctx.user.id,
  }))).onConflictDoNothing().returning();
  // The same configuration requested twice in the same instant (a double submit) runs once.
  if (runs.length === 0) throw conflict("configId", "Uma execução desta configuração acabou de ser solicitada: acompanhe-a na lista de execuções.");
  const how = trigger === "manual" ? "Execução manual" : `Reexecução para a data ${formatIsoDate(referenceDate)}`;
  await ctx.db.insert(processRunLogs).values(runs.map((run) => ({
    runId: run.id, at: now, level: "info" as const, message: `${how} solicitada por ${ctx.user.name}.`,
  })));
  for (const run of runs) {
    await recordAudit(ctx, { entity: "process_run", entityId: run.id, action: trigger, companyId: config.companyId, after: run });
  }
  return { runIds: runs.map((run) => run.id) };
}
