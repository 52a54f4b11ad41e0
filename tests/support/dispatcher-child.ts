/**
 * One dispatcher process for the exactly-once and crash tests: `node --import tsx --conditions=react-server
 * tests/support/dispatcher-child.ts <workerId>` with DATABASE_URL. Runs until SIGTERM, then prints its totals.
 * (Run through node's loader, not the tsx CLI, so a kill -9 hits the dispatcher itself and not a wrapper.)
 */
import { createDb } from "@/db/client";
import { systemClock } from "@/lib/core/clock";
import { runDispatcher } from "@/lib/messaging/dispatcher-loop";

const workerId = process.argv[2] ?? `child-${process.pid}`;
const { db, pool } = createDb(process.env.DATABASE_URL!, 4);
const controller = new AbortController();
process.once("SIGTERM", () => controller.abort());

process.stdout.write("ready\n");
const totals = await runDispatcher({
  db, clock: systemClock, workerId, signal: controller.signal, idleMs: 50,
  batchSize: Number(process.env.DISPATCH_BATCH ?? 200), concurrency: Number(process.env.DISPATCH_CONCURRENCY ?? 16),
});
process.stdout.write(`${JSON.stringify(totals)}\n`);
await pool.end();
