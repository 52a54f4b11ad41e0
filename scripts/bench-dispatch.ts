/**
 * `npm run bench:dispatch`: outbox throughput against the RD Conversas simulator, with pg-boss as the reference queue.
 * Starts its own throwaway PostgreSQL and a loopback simulator (no latency), then:
 *   1. 100,000 outbox messages through 4 dispatcher workers (BENCH_PROCESSES processes, workers split among them);
 *   2. the same 100,000 sends as pg-boss 10 jobs, 4 workers, each job making the same simulator call;
 *   3. a short run on an account limited to BENCH_LIMIT_PER_S sends per second, measuring the busiest second the
 *      simulator saw.
 * Prints one JSON line; details go to stderr. BENCH_MESSAGES, BENCH_BATCH and BENCH_CONCURRENCY tune it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import PgBoss from "pg-boss";
import { createDb } from "../db/client";
import { runMigrations } from "../db/migrate";
import { companies, providerAccounts, settings } from "../db/schema";
import { systemClock } from "../lib/core/clock";
import { encryptSecret } from "../lib/core/crypto";
import { enqueueMessages, type NewOutboxMessage } from "../lib/messaging/enqueue-messages";
import { RD_SANDBOX_TOKEN, RD_SEED_CHIPS, RD_SEED_TEMPLATES } from "../lib/providers/rdconversas/simulator-seed";
import { startRdSimulatorServer } from "../lib/providers/rdconversas/simulator-server";
import { ensureDatabase, freePort, startEmbeddedPostgres } from "./lib/embedded-pg";

const N = Number(process.env.BENCH_MESSAGES ?? 100_000);
const WORKERS = 4;
const PROCESSES = Number(process.env.BENCH_PROCESSES ?? 2);
const LIMIT_PER_S = Number(process.env.BENCH_LIMIT_PER_S ?? 500);
const LIMITED_MESSAGES = LIMIT_PER_S * 8;
const QUEUE = "bench-send";
const TEMPLATE = RD_SEED_TEMPLATES[2]!._id;
const CHIP = RD_SEED_CHIPS[0]!._id;
process.env.APP_SECRET ??= randomBytes(24).toString("base64");

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const phone = (i: number) => `+55119${String(i).padStart(8, "0")}`;
const variables = (i: number, run: string) => [`Cliente ${i}`, `PED-${i}`, run];

const root = await mkdtemp(path.join(tmpdir(), "recado-bench-dispatch-"));
const cluster = await startEmbeddedPostgres({ dataDir: path.join(root, "data"), port: await freePort(), persistent: false });
const simulator = await startRdSimulatorServer();
const url = cluster.url("bench");
await ensureDatabase(cluster.url("postgres"), "bench");
await runMigrations(url);
const { db, pool } = createDb(url, 4);

async function startWorkers(mode: "outbox" | "pgboss"): Promise<ChildProcess[]> {
  const children = Array.from({ length: PROCESSES }, (_, i) => {
    const workers = Math.floor(WORKERS / PROCESSES) + (i < WORKERS % PROCESSES ? 1 : 0);
    return spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/lib/bench-dispatch-worker.ts", mode, String(workers)], {
      env: { ...process.env, DATABASE_URL: url, SIM_URL: simulator.baseUrl, SIM_TOKEN: RD_SANDBOX_TOKEN, BENCH_QUEUE: QUEUE },
      stdio: ["ignore", "pipe", "inherit"],
    });
  });
  await Promise.all(children.map((child) => new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => { if (chunk.toString().includes("ready")) resolve(); });
    child.once("exit", (code) => reject(new Error(`worker saiu com código ${code}`)));
  })));
  return children;
}

async function stopWorkers(children: ChildProcess[]) {
  await Promise.all(children.map((child) => new Promise<void>((resolve) => {
    child.removeAllListeners("exit");
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  })));
}

/** Seconds from `start` until `count()` reaches `target`, polled every 100 ms. */
async function timeUntil(target: number, count: () => Promise<number>, start: number) {
  for (;;) {
    const done = await count();
    if (done >= target) return (performance.now() - start) / 1000;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const countSent = async (accountId: number) => Number((await pool.query(
  "select count(*) from outbox_messages where account_id = $1 and status = 'sent'", [accountId])).rows[0].count);

try {
  await db.insert(settings).values({ code: "HR_SILENCIO_ENVIOS", companyId: null, value: { enabled: false, start: "21:00", end: "08:00" } });
  const [company] = await db.insert(companies).values({ code: "BENCH", name: "Empresa Bench" }).returning();
  const account = async (name: string, limitPerSecond: number | null) => (await db.insert(providerAccounts).values({
    provider: "rdconversas", name, baseUrl: simulator.baseUrl, credentials: { token: encryptSecret(RD_SANDBOX_TOKEN) }, limitPerSecond,
  }).returning())[0]!;
  const unlimited = await account("Bench", null);
  const limited = await account("Bench limitada", LIMIT_PER_S);

  const messages = (accountId: number, count: number, run: string): NewOutboxMessage[] => Array.from({ length: count }, (_, i) => ({
    companyId: company!.id, accountId, kind: "rd.template", recipient: phone(i), producer: "bench", idempotencyKey: `${run}:${i}`,
    payload: { templateId: TEMPLATE, variables: variables(i, run), channelId: CHIP },
  }));

  // 1. Outbox.
  let started = performance.now();
  await enqueueMessages({ db, clock: systemClock, messages: messages(unlimited.id, N, "outbox") });
  log(`outbox: ${N} mensagens enfileiradas em ${((performance.now() - started) / 1000).toFixed(1)} s`);
  let workers = await startWorkers("outbox");
  started = performance.now();
  const outboxSeconds = await timeUntil(N, () => countSent(unlimited.id), started);
  await stopWorkers(workers);
  const duplicates = simulator.state.duplicates().length;
  log(`outbox: ${N} enviadas em ${outboxSeconds.toFixed(1)} s; entregas no simulador ${simulator.state.delivered}, duplicadas ${duplicates}`);

  // 2. pg-boss, same database, same calls.
  const boss = new PgBoss({ connectionString: url, supervise: false, schedule: false });
  await boss.start();
  await boss.createQueue(QUEUE);
  started = performance.now();
  for (let i = 0; i < N; i += 10_000) {
    await boss.insert(Array.from({ length: Math.min(10_000, N - i) }, (_, k) => ({
      name: QUEUE, data: { to: phone(i + k), templateId: TEMPLATE, variables: variables(i + k, "pgboss"), channelId: CHIP },
    })));
  }
  await boss.stop({ graceful: false, wait: true });
  log(`pg-boss: ${N} jobs inseridos em ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const deliveredBefore = simulator.state.delivered;
  workers = await startWorkers("pgboss");
  started = performance.now();
  const pgbossSeconds = await timeUntil(N, async () => Number((await pool.query(
    "select count(*) from pgboss.job where name = $1 and state = 'completed'", [QUEUE])).rows[0].count), started);
  await stopWorkers(workers);
  log(`pg-boss: ${N} jobs concluídos em ${pgbossSeconds.toFixed(1)} s; entregas ${simulator.state.delivered - deliveredBefore}`);

  // 3. Per-second limit honoured across workers and processes.
  await enqueueMessages({ db, clock: systemClock, messages: messages(limited.id, LIMITED_MESSAGES, "limited") });
  workers = await startWorkers("outbox");
  started = performance.now();
  const limitedSeconds = await timeUntil(LIMITED_MESSAGES, () => countSent(limited.id), started);
  await stopWorkers(workers);
  const perSecond = new Map<number, number>();
  for (const list of simulator.state.inbox.values()) {
    for (const m of list) {
      if (m.variables[2] !== "limited") continue;
      const second = Math.floor(m.at.getTime() / 1000);
      perSecond.set(second, (perSecond.get(second) ?? 0) + 1);
    }
  }
  const maxPerSecond = Math.max(...perSecond.values());
  log(`limite ${LIMIT_PER_S}/s: ${LIMITED_MESSAGES} enviadas em ${limitedSeconds.toFixed(1)} s; por segundo ${JSON.stringify([...perSecond.values()])}`);

  const msgsPerS = Math.round(N / outboxSeconds);
  const pgbossPerS = Math.round(N / pgbossSeconds);
  console.log(JSON.stringify({
    bench: "dispatch", msgs_per_s: msgsPerS, pgboss_jobs_per_s: pgbossPerS, ratio: Math.round((msgsPerS / pgbossPerS) * 100) / 100,
    duplicates: simulator.state.duplicates().length, max_per_s_observed: maxPerSecond, limit_per_s: LIMIT_PER_S,
    messages: N, workers: WORKERS, processes: PROCESSES, batch: Number(process.env.BENCH_BATCH ?? 200),
    concurrency: Number(process.env.BENCH_CONCURRENCY ?? 16),
  }));
} finally {
  await pool.end();
  await simulator.close();
  await cluster.stop();
  await rm(root, { recursive: true, force: true });
}
