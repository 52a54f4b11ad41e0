/**
 * The jobs sidecar (`npm run jobs`; started beside the web server by `npm run dev` / `npm start`). It is the only
 * process that runs scheduled work. Today it reports a heartbeat every minute; the scheduler (GERFP095) and the
 * outbox dispatcher register their ticks here.
 */
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import cron from "node-cron";
import { createDb } from "../db/client";
import { systemClock } from "../lib/core/clock";
import { beat, retire } from "../lib/jobs/heartbeat";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("[jobs] DATABASE_URL não configurada.");
  process.exit(1);
}
const { db, pool } = createDb(url, Number(process.env.DB_POOL_MAX ?? 2));
const worker = { workerId: `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`, host: hostname(), pid: process.pid, startedAt: new Date() };

const heartbeat = async () => {
  try {
    await beat(db, worker, systemClock);
  } catch (error) {
    console.error("[jobs] falha ao registrar heartbeat:", (error as Error).message);
  }
};

await heartbeat();
const task = cron.schedule("* * * * *", heartbeat, { name: "heartbeat", noOverlap: true, timezone: "America/Sao_Paulo" });
console.log(`[jobs] sidecar ${worker.workerId} ativo`);

const stop = async (signal: string) => {
  console.log(`[jobs] ${signal}: encerrando…`);
  await task.stop();
  await retire(db, worker.workerId).catch(() => undefined);
  await pool.end();
  process.exit(0);
};
process.once("SIGTERM", () => void stop("SIGTERM"));
process.once("SIGINT", () => void stop("SIGINT"));
