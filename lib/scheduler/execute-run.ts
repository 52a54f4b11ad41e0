import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { companies, processConfigs, processRunLogs, processRuns } from "@/db/schema";
import { formatIsoDate } from "@/lib/br/format";
import type { Clock } from "@/lib/core/clock";
import type { RunCounts, RunInfo } from "./processes/define";
import { processByCode } from "./processes";

const LEASE_MS = 10 * 60_000;

export type ClaimedRun = RunInfo & { configId: number };

/**
 * Claims the earliest queued run whose configuration (same company scope) has nothing running or queued before it,
 * so missed slots run in order even across sidecars. SKIP LOCKED lets any number of sidecars claim side by side.
 */
export async function claimNextRun({ db, clock, workerId }: { db: Db; clock: Clock; workerId: string }): Promise<ClaimedRun | null> {
  const now = clock.now();
  const { rows } = await db.execute<{ id: string; config_id: number; scheduled_for: Date | string; company_ids: number[]; reference_date: string }>(sql`
    with candidate as (
      select r.id from process_runs r
      where r.status = 'queued' and not r.cancel_requested
        and not exists (select 1 from process_runs e where e.config_id = r.config_id and e.company_scope = r.company_scope
          and (e.status = 'running' or (e.status = 'queued' and (e.scheduled_for, e.id) < (r.scheduled_for, r.id))))
      order by r.scheduled_for, r.id
      limit 1
      for update skip locked
    )
    update process_runs set status = 'running', claimed_by = ${workerId}, started_at = ${now.toISOString()}::timestamptz,
      lease_expires_at = ${new Date(now.getTime() + LEASE_MS).toISOString()}::timestamptz
    from candidate where process_runs.id = candidate.id and process_runs.status = 'queued'
    returning process_runs.id, process_runs.config_id, process_runs.scheduled_for, process_runs.company_ids,
      to_char(process_runs.reference_date, 'YYYY-MM-DD') as reference_date`);
  const row = rows[0];
  if (!row) return null;
  return {
    id: Number(row.id), configId: row.config_id, scheduledFor: new Date(row.scheduled_for),
    companyIds: row.company_ids, referenceDate: row.reference_date,
  };
}

/** Runs whose sidecar died mid-run fail visibly: re-running them blindly could repeat half-done work. */
export async function failAbandonedRuns({ db, clock }: { db: Db; clock: Clock }) {
  const now = clock.now();
  const abandoned = await db.update(processRuns)
    .set({ status: "failed", finishedAt: now, error: "Execução interrompida: o processo jobs parou durante a execução." })
    .where(and(eq(processRuns.status, "running"), sql`${processRuns.leaseExpiresAt} < ${now.toISOString()}::timestamptz`))
    .returning({ id: processRuns.id });
  if (abandoned.length) {
    await db.insert(processRunLogs).values(abandoned.map((run) => ({
      runId: run.id, at: now, level: "error" as const,
      message: "Execução interrompida: o processo jobs parou durante a execução. Confira o resultado e use “Executar para a data…” se preciso.",
    })));
  }
  return abandoned.length;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 2_000);

/** Runs a claimed run's handler, writing its LOG and counts; the final status honours a cancel request. */
export async function executeRun({ db, clock, workerId, run }: { db: Db; clock: Clock; workerId: string; run: ClaimedRun }) {
  const mine = and(eq(processRuns.id, run.id), eq(processRuns.status, "running"), eq(processRuns.claimedBy, workerId));
  const renewLease = () => db.update(processRuns).set({ leaseExpiresAt: new Date(clock.now().getTime() + LEASE_MS) }).where(mine);
  const log = async (message: string, options: { level?: "info" | "warn" | "error"; data?: unknown } = {}) => {
    await db.insert(processRunLogs).values({ runId: run.id, at: clock.now(), level: options.level ?? "info", message, data: options.data ?? null });
    await renewLease();
  };
  let counts: RunCounts = {};
  const progress = async (next: RunCounts) => {
    counts = { ...counts, ...next };
    await db.update(processRuns).set({ ...counts, leaseExpiresAt: new Date(clock.now().getTime() + LEASE_MS) }).where(mine);
  };
  const isCancelled = async () => {
    const [row] = await db.select({ cancelRequested: processRuns.cancelRequested }).from(processRuns).where(eq(processRuns.id, run.id));
    return row?.cancelRequested ?? true;
  };
  const finish = (status: "succeeded" | "failed" | "cancelled", error: string | null = null) =>
    db.update(processRuns).set({ ...counts, status, error, finishedAt: clock.now(), leaseExpiresAt: null }).where(mine);

  const [config] = await db.select().from(processConfigs).where(eq(processConfigs.id, run.configId));
  const process = config && processByCode(config.processCode);
  if (!config || !process) {
    const message = `Processo “${config?.processCode ?? "?"}” não está registrado nesta versão do sistema.`;
    await log(message, { level: "error" });
    await finish("failed", message);
    return "failed" as const;
  }
  const params = process.params.safeParse(config.params);
  if (!params.success) {
    const message = `Parâmetros inválidos: ${params.error.issues[0]?.message ?? "confira a configuração"}.`;
    await log(message, { level: "error" });
    await finish("failed", message);
    return "failed" as const;
  }
  const codes = await db.select({ code: companies.code }).from(companies).where(inArray(companies.id, run.companyIds));
  await log(`Início de “${process.name}” — data de referência ${formatIsoDate(run.referenceDate)}; empresa(s) ${codes.map((c) => c.code).join(", ")}.`);
  if (!(await isCancelled())) {
    try {
      counts = { ...counts, ...(await process.handler({ db, clock, run, params: params.data, log, progress, isCancelled })) };
    } catch (error) {
      await log(`Falha: ${errorText(error)}`, { level: "error" });
      await finish("failed", errorText(error));
      return "failed" as const;
    }
  }
  if (await isCancelled()) {
    await log("Execução cancelada a pedido do usuário.", { level: "warn" });
    await finish("cancelled");
    return "cancelled" as const;
  }
  await log(`Concluído: ${counts.found ?? 0} encontrado(s), ${counts.queued ?? 0} enfileirado(s), ${counts.sent ?? 0} enviado(s), ${counts.failed ?? 0} com falha, ${counts.skipped ?? 0} ignorado(s).`);
  await finish("succeeded");
  return "succeeded" as const;
}
