/**
 * One process of `npm run bench:dispatch`: `node --import tsx --conditions=react-server bench-dispatch-worker.ts
 * <outbox|pgboss> <workers>`. "outbox" runs that many Recado dispatcher loops; "pgboss" that many pg-boss workers whose
 * jobs make the same RD Conversas call. Prints "ready" once working, stops cleanly on SIGTERM.
 */
import PgBoss from "pg-boss";
import { createDb } from "../../db/client";
import { systemClock } from "../../lib/core/clock";
import { runDispatcher } from "../../lib/messaging/dispatcher-loop";
import { createAdapter } from "../../lib/providers/registry";

type BenchJob = { to: string; templateId: string; variables: string[]; channelId: string };

const [mode, workersArg] = process.argv.slice(2);
const workers = Number(workersArg ?? 2);
const url = process.env.DATABASE_URL!;
const batchSize = Number(process.env.BENCH_BATCH ?? 200);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16);
const stopped = new Promise<void>((resolve) => process.once("SIGTERM", () => resolve()));

/** Runs `task` over `items` with at most `limit` in flight: the same bound the dispatcher uses. */
async function bounded<T>(items: T[], limit: number, task: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await task(items[next++]!);
  }));
}

if (mode === "outbox") {
  const { db, pool } = createDb(url, workers * 3);
  const controller = new AbortController();
  const loops = Array.from({ length: workers }, (_, i) => runDispatcher({
    db, clock: systemClock, workerId: `bench-${process.pid}-${i}`, signal: controller.signal, batchSize, concurrency, idleMs: 20,
  }));
  process.stdout.write("ready\n");
  await stopped;
  controller.abort();
  await Promise.all(loops);
  await pool.end();
} else if (mode === "pgboss") {
  const adapter = createAdapter({ provider: "rdconversas", baseUrl: process.env.SIM_URL!, credentials: { token: process.env.SIM_TOKEN! } });
  const boss = new PgBoss({ connectionString: url, max: workers * 2, supervise: false, schedule: false });
  boss.on("error", (error) => console.error("[pg-boss]", error.message));
  await boss.start();
  for (let i = 0; i < workers; i++) {
    await boss.work<BenchJob>(process.env.BENCH_QUEUE!, { batchSize, pollingIntervalSeconds: 0.5 }, async (jobs) => {
      await bounded(jobs, concurrency, async (job) => {
        const result = await adapter.sendTemplate(job.data);
        if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
      });
    });
  }
  process.stdout.write("ready\n");
  await stopped;
  await boss.stop({ graceful: true, wait: true });
} else {
  throw new Error(`modo desconhecido: ${mode}`);
}
