import { spawn, type ChildProcess } from "node:child_process";
import { eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { outboxAttempts, outboxMessages, settings } from "../db/schema";
import { fixedClock, systemClock } from "../lib/core/clock";
import { enqueueMessages } from "../lib/messaging/enqueue-messages";
import { recoverExpiredLeases } from "../lib/messaging/recover-expired-leases";
import { DEFAULT_LEASE_MS } from "../lib/messaging/dispatch-batch";
import { createRdSimulatorState } from "../lib/providers/rdconversas/simulator";
import { startRdSimulatorServer } from "../lib/providers/rdconversas/simulator-server";
import { makeCompany } from "./support/fixtures";
import { makeAccount, orderSentMessages } from "./support/messaging-fixtures";
import { useTestDb } from "./support/test-db";

process.env.APP_SECRET = "chave-de-teste-mensageria";
const t = useTestDb();

type Dispatcher = { child: ChildProcess; exited: Promise<{ code: number | null; signal: string | null; output: string }> };
const running: Dispatcher[] = [];

/** A dispatcher in its own OS process, talking to the test database and the loopback simulator. */
async function startDispatcher(workerId: string): Promise<Dispatcher> {
  const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "tests/support/dispatcher-child.ts", workerId], {
    env: { ...process.env, DATABASE_URL: t.url }, stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("ready")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`dispatcher ${workerId} saiu antes de começar (código ${code})`)));
  });
  const exited = new Promise<Dispatcher["exited"] extends Promise<infer R> ? R : never>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal, output })));
  const dispatcher = { child, exited };
  running.push(dispatcher);
  await ready;
  return dispatcher;
}

async function waitFor(what: string, condition: () => Promise<boolean>, timeoutMs = 40_000) {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error(`Tempo esgotado esperando: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const countByStatus = async (accountId: number) => {
  const rows = await t.db.select({ status: outboxMessages.status, n: sql<number>`count(*)::int` }).from(outboxMessages)
    .where(eq(outboxMessages.accountId, accountId)).groupBy(outboxMessages.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n])) as Record<string, number>;
};

let simulator: Awaited<ReturnType<typeof startRdSimulatorServer>>;
let companyId: number;
beforeAll(async () => {
  simulator = await startRdSimulatorServer({ state: createRdSimulatorState() });
  companyId = (await makeCompany(t.db, "Empresa Exatamente Uma Vez")).id;
  // The child processes use the real clock: quiet hours off so the test passes at any hour.
  await t.db.insert(settings).values({ code: "HR_SILENCIO_ENVIOS", companyId: null, value: { enabled: false, start: "21:00", end: "08:00" } });
});
afterEach(async () => {
  for (const d of running.splice(0)) {
    if (d.child.exitCode === null && d.child.signalCode === null) d.child.kill("SIGKILL");
    await d.exited;
  }
});
afterAll(() => simulator?.close());

describe("exactly-once delivery across processes", () => {
  it("two dispatcher processes deliver 5,000 messages, each exactly once", async () => {
    const account = await makeAccount(t.db, simulator.baseUrl);
    const messages = orderSentMessages(5_000, { companyId, accountId: account.id, prefix: "once" });
    const [a, b] = await Promise.all([startDispatcher("proc-a"), startDispatcher("proc-b")]);
    expect(await enqueueMessages({ db: t.db, clock: systemClock, messages })).toBe(5_000);

    await waitFor("5.000 enviadas", async () => (await countByStatus(account.id)).sent === 5_000);
    a.child.kill("SIGTERM");
    b.child.kill("SIGTERM");
    const [endA, endB] = await Promise.all([a.exited, b.exited]);
    expect([endA.code, endB.code]).toEqual([0, 0]);

    expect(simulator.state.duplicates()).toEqual([]);
    const missing = messages.filter((m) =>
      simulator.state.deliveryCount(m.recipient, m.payload.templateId as string, m.payload.variables as string[]) !== 1);
    expect(missing).toEqual([]);
    expect(await countByStatus(account.id)).toEqual({ sent: 5_000 });
    // Both processes took part, and every message was sent with a single attempt.
    const workers = await t.db.select({ worker: outboxAttempts.worker, n: sql<number>`count(*)::int` }).from(outboxAttempts)
      .innerJoin(outboxMessages, eq(outboxMessages.id, outboxAttempts.messageId))
      .where(eq(outboxMessages.accountId, account.id)).groupBy(outboxAttempts.worker);
    expect(workers.map((w) => w.worker).sort()).toEqual(["proc-a", "proc-b"]);
    expect(workers.reduce((sum, w) => sum + w.n, 0)).toBe(5_000);
  }, 60_000);

  it("after kill -9 mid-batch and a restart, every message is sent exactly once or flagged for review, none lost", async () => {
    const account = await makeAccount(t.db, simulator.baseUrl);
    const messages = orderSentMessages(1_500, { companyId, accountId: account.id, prefix: "crash", from: 100_000 });
    const deliveredBefore = simulator.state.delivered;
    // Slow enough that a batch stays in flight well past the check below (at 5 ms a batch could finish between the
    // check and the kill on a busy machine, and nothing was left "sending" to recover).
    simulator.state.setFaults({ latencyMs: 40 });
    try {
      const first = await startDispatcher("crashing");
      await enqueueMessages({ db: t.db, clock: systemClock, messages });
      // Kill while a batch is provably in flight (rows leased as "sending"), not in the gap between two batches.
      await waitFor("envios em andamento", async () =>
        simulator.state.delivered - deliveredBefore >= 300 && ((await countByStatus(account.id)).sending ?? 0) > 0);
      first.child.kill("SIGKILL");
      expect((await first.exited).signal).toBe("SIGKILL");

      const afterCrash = await countByStatus(account.id);
      expect(afterCrash.sending, JSON.stringify(afterCrash)).toBeGreaterThan(0);
      // The crashed worker's lease runs out (simulated by a clock past it); then a fresh process carries on.
      const recovered = await recoverExpiredLeases({ db: t.db, clock: fixedClock(new Date(Date.now() + DEFAULT_LEASE_MS + 1_000)) });
      expect(recovered.needsReview + recovered.requeued).toBe(afterCrash.sending);
      const second = await startDispatcher("restarted");
      await waitFor("fila vazia", async () => {
        const counts = await countByStatus(account.id);
        return (counts.sent ?? 0) + (counts.needs_review ?? 0) === messages.length;
      });
      second.child.kill("SIGTERM");
      expect((await second.exited).code).toBe(0);

      const rows = await t.db.select().from(outboxMessages).where(eq(outboxMessages.accountId, account.id));
      const byKey = new Map(rows.map((r) => [r.idempotencyKey, r]));
      const delivered = (m: (typeof messages)[number]) =>
        simulator.state.deliveryCount(m.recipient, m.payload.templateId as string, m.payload.variables as string[]);
      expect(simulator.state.duplicates()).toEqual([]);
      for (const m of messages) {
        const row = byKey.get(m.idempotencyKey)!;
        if (row.status === "sent") expect(delivered(m), m.idempotencyKey).toBe(1);
        else expect([row.status, row.statusReason]).toEqual(["needs_review", expect.stringContaining("Verifique")]);
      }
      const review = rows.filter((r) => r.status === "needs_review");
      expect(review.length).toBe(recovered.needsReview);
      // Only calls that had started can be in doubt: the crash left at most one batch under review.
      expect(review.length).toBeLessThanOrEqual(200);
      expect(rows.filter((r) => r.status === "sent").length).toBeGreaterThanOrEqual(messages.length - 200);
    } finally {
      simulator.state.setFaults({ latencyMs: 0 });
    }
  }, 60_000);
});
