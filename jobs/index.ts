/**
 * The jobs sidecar (`npm run jobs`; started beside the web server by `npm run dev` / `npm start`): the only process
 * that runs scheduled work. It beats a heartbeat, ticks the GERFP095 scheduler (every minute by node-cron, and on a
 * short interval so "Executar agora" starts within seconds), runs the outbox dispatcher continuously and logs out
 * CTI sessions whose browser stopped polling.
 * Any number of sidecars may run against one database: runs and messages are claimed through PostgreSQL.
 */
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import cron from "node-cron";
import { createDb } from "../db/client";
import { systemClock } from "../lib/core/clock";
import { beat, retire } from "../lib/jobs/heartbeat";
import { runDispatcher } from "../lib/messaging/dispatcher-loop";
import "../lib/messaging/registered-kinds";
import { runSchedulerTick } from "../lib/scheduler/tick";
import { ctiCommands } from "../lib/cti/commands-for";
import { endIdleCtiSessions } from "../lib/cti/session/end-idle-cti-sessions";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("[jobs] DATABASE_URL não configurada.");
  process.exit(1);
}
const { db, pool } = createDb(url, Number(process.env.DB_POOL_MAX ?? 4));
const workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
const worker = { workerId, host: hostname(), pid: process.pid, startedAt: new Date() };
const stopping = new AbortController();
const quickTickMs = Number(process.env.SCHEDULER_POLL_MS ?? 3_000);

const heartbeat = async () => {
  try {
    await beat(db, worker, systemClock);
  } catch (error) {
    console.error("[jobs] falha ao registrar heartbeat:", (error as Error).message);
  }
};
const ticks = new Set<Promise<unknown>>();
const tick = () => {
  const running = runSchedulerTick({ db, workerId, clock: systemClock, signal: stopping.signal });
  ticks.add(running);
  return running.finally(() => ticks.delete(running));
};

const idleCti = () => {
  const running = (async () => endIdleCtiSessions({ db, clock: systemClock, commands: await ctiCommands(db) }))()
    .then(({ ended }) => { if (ended) console.log(`[jobs] CTI: ${ended} sessão(ões) sem navegador encerrada(s)`); })
    .catch((error) => console.error("[jobs] falha ao encerrar sessões CTI ociosas:", (error as Error).message));
  ticks.add(running);
  return running.finally(() => ticks.delete(running));
};

await heartbeat();
const tasks = [
  cron.schedule("* * * * *", heartbeat, { name: "heartbeat", noOverlap: true, timezone: "America/Sao_Paulo" }),
  cron.schedule("* * * * *", tick, { name: "scheduler", noOverlap: true, timezone: "America/Sao_Paulo" }),
];
// Manual runs ("Executar agora") and catch-up should not wait for the next minute boundary.
const quick = setInterval(() => void tick(), quickTickMs);
const ctiSweep = setInterval(() => void idleCti(), 20_000);
void tick();
const dispatcher = runDispatcher({ db, clock: systemClock, workerId, signal: stopping.signal });
console.log(`[jobs] sidecar ${workerId} ativo (agendador + despachante + sessões CTI)`);

const stop = async (signal: string) => {
  if (stopping.signal.aborted) return;
  console.log(`[jobs] ${signal}: encerrando (terminando o lote em andamento)…`);
  stopping.abort();
  clearInterval(quick);
  clearInterval(ctiSweep);
  for (const task of tasks) await task.stop();
  // The run and the batch in progress finish (and record their results) before the pool closes.
  await Promise.all([dispatcher.catch(() => undefined), ...ticks]);
  await retire(db, workerId).catch(() => undefined);
  await pool.end();
  process.exit(0);
};
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));
