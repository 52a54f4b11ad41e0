import type { Db } from "@/db/client";
import { systemClock, type Clock } from "@/lib/core/clock";
import { enqueueDueRuns } from "./enqueue-due-runs";
import { claimNextRun, executeRun, failAbandonedRuns } from "./execute-run";

export const DEFAULT_CATCH_UP_DAYS = 7;

export type TickOptions = {
  db: Db; clock: Clock; workerId: string;
  /** Missed slots older than this are not run after downtime. */
  catchUpDays?: number;
  /** Most runs one tick executes, so a backlog does not starve the next tick's slot creation. */
  maxRuns?: number;
  /** Once aborted (SIGTERM), no new run is claimed; the one in progress finishes. */
  signal?: AbortSignal;
};

/** One scheduler pass of a sidecar: create due runs, fail abandoned ones, then execute queued runs in slot order. */
export async function tickScheduler({ db, clock, workerId, catchUpDays = DEFAULT_CATCH_UP_DAYS, maxRuns = 50, signal }: TickOptions) {
  const created = await enqueueDueRuns({ db, clock, catchUpDays });
  const abandoned = await failAbandonedRuns({ db, clock });
  let executed = 0;
  while (executed < maxRuns && !signal?.aborted) {
    const run = await claimNextRun({ db, clock, workerId });
    if (!run) break;
    await executeRun({ db, clock, workerId, run });
    executed++;
  }
  return { created, abandoned, executed };
}

let ticking = false;

/**
 * What jobs/index.ts calls every minute and on a short interval: skips when this process is already ticking, reads the
 * catch-up window from SCHEDULER_CATCH_UP_DAYS and never throws (a failed tick is logged and retried next time).
 */
export async function runSchedulerTick({ db, workerId, clock = systemClock, signal }: { db: Db; workerId: string; clock?: Clock; signal?: AbortSignal }) {
  if (ticking) return null;
  ticking = true;
  try {
    const days = Number(process.env.SCHEDULER_CATCH_UP_DAYS);
    const result = await tickScheduler({ db, clock, workerId, signal, catchUpDays: Number.isFinite(days) && days > 0 ? days : DEFAULT_CATCH_UP_DAYS });
    if (result.created || result.abandoned || result.executed) console.log(`[jobs] agendador: ${JSON.stringify(result)}`);
    return result;
  } catch (error) {
    console.error("[jobs] falha no agendador (GERFP095):", (error as Error).message);
    return null;
  } finally {
    ticking = false;
  }
}
