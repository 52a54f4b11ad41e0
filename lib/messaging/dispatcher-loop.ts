import { dispatchBatch, type DispatchOptions, type DispatchReport } from "./dispatch-batch";
import { pruneRateUsage } from "./prune-rate-usage";
import { recoverExpiredLeases } from "./recover-expired-leases";

export type DispatcherOptions = DispatchOptions & {
  signal: AbortSignal;
  /** Pause when nothing is ready. */
  idleMs?: number;
  /** How often this worker also looks for expired leases and prunes old rate windows. */
  housekeepingMs?: number;
  onError?: (error: unknown) => void;
};

export type DispatcherTotals = Omit<DispatchReport, "claimed"> & { batches: number };

const sleep = (ms: number, signal: AbortSignal) => new Promise<void>((resolve) => {
  if (signal.aborted) return resolve();
  const timer = setTimeout(done, ms);
  function done() {
    clearTimeout(timer);
    signal.removeEventListener("abort", done);
    resolve();
  }
  signal.addEventListener("abort", done, { once: true });
});

/**
 * Sends ready outbox rows continuously until `signal` aborts; an abort lets the batch in flight finish and record
 * its results before returning, so a graceful stop leaves nothing in "sending".
 */
export async function runDispatcher(options: DispatcherOptions): Promise<DispatcherTotals> {
  const { signal, clock, idleMs = 1_000, housekeepingMs = 30_000 } = options;
  const onError = options.onError ?? ((error) => console.error(`[dispatcher ${options.workerId}]`, error));
  const totals: DispatcherTotals = { batches: 0, sent: 0, retried: 0, failed: 0, review: 0, returned: 0, cancelled: 0, deferred: 0 };
  let lastHousekeeping = -Infinity;
  while (!signal.aborted) {
    try {
      if (clock.now().getTime() - lastHousekeeping >= housekeepingMs) {
        lastHousekeeping = clock.now().getTime();
        await recoverExpiredLeases({ db: options.db, clock });
        await pruneRateUsage({ db: options.db, clock });
      }
      const report = await dispatchBatch(options);
      totals.batches++;
      for (const key of ["sent", "retried", "failed", "review", "returned", "cancelled", "deferred"] as const) totals[key] += report[key];
      if (report.claimed === 0 && report.deferred === 0) await sleep(idleMs, signal);
      // Everything claimed was over the rate limit: wait for the next second instead of spinning.
      else if (report.returned > 0 && report.returned === report.claimed) await sleep(1_000 - (clock.now().getTime() % 1_000), signal);
    } catch (error) {
      onError(error);
      await sleep(idleMs, signal);
    }
  }
  return totals;
}
