import { and, asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../db/client";
import { outboxMessages, processConfigs, processRunLogs, processRuns, providerAccounts } from "../db/schema";
import { fixedClock } from "../lib/core/clock";
import { cancelRun } from "../lib/scheduler/cancel-run";
import { getRun } from "../lib/scheduler/get-run";
import { registerProcess } from "../lib/scheduler/processes";
import { defineProcess } from "../lib/scheduler/processes/define";
import { requestRun } from "../lib/scheduler/request-run";
import { saveProcessConfig } from "../lib/scheduler/save-process-config";
import { tickScheduler } from "../lib/scheduler/tick";
import { configInput, schedulerCtx } from "./support/scheduler-fixtures";
import { useTestDb } from "./support/test-db";

const t = useTestDb();

/** Every handler call, to prove each run executes exactly once and in slot order. */
const executions: { runId: number; referenceDate: string; scheduledFor: Date; companyIds: number[] }[] = [];
let failNext = false;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(() => {
  registerProcess(defineProcess({
    code: "test.record", name: "Registro de teste", type: "Cadastros", params: z.object({}),
    handler: async ({ run, log }) => {
      executions.push({ runId: run.id, referenceDate: run.referenceDate, scheduledFor: run.scheduledFor, companyIds: run.companyIds });
      await sleep(5);
      if (failNext) { failNext = false; throw new Error("Provedor fora do ar"); }
      await log("registrado");
      return { found: 1, sent: 1 };
    },
  }));
  registerProcess(defineProcess({
    code: "test.slow", name: "Processo longo", type: "Cadastros", params: z.object({}),
    handler: async ({ progress, isCancelled }) => {
      for (let i = 1; i <= 200; i++) {
        if (await isCancelled()) return { found: 200, skipped: 200 - i + 1 };
        await progress({ found: 200, sent: i });
        await sleep(10);
      }
      return { found: 200, sent: 200 };
    },
  }));
});

const record = (overrides = {}) => configInput({ processCode: "test.record", ...overrides });
const runsOf = (configId: number) => t.db.select().from(processRuns).where(eq(processRuns.configId, configId)).orderBy(asc(processRuns.scheduledFor), asc(processRuns.id));

describe("scheduler tick", () => {
  it("after 3 days of downtime runs each missed slot once, in order, with its own reference date", async () => {
    const ctx = await schedulerCtx(t.db);
    const config = await saveProcessConfig({ ctx, input: record({ startAt: "2026-11-24T08:00" }) });
    const clock = fixedClock("2026-11-24T11:00:20Z"); // Tuesday 08:00:20 in São Paulo
    expect(await tickScheduler({ db: t.db, clock, workerId: "a" })).toMatchObject({ created: 1, executed: 1 });
    executions.length = 0;

    clock.set("2026-11-27T12:30:00Z"); // Friday 09:30: Wednesday, Thursday and Friday 08:00 were missed
    expect(await tickScheduler({ db: t.db, clock, workerId: "a" })).toMatchObject({ created: 3, executed: 3 });
    expect(executions.map((e) => e.referenceDate)).toEqual(["2026-11-25", "2026-11-26", "2026-11-27"]);
    const runs = await runsOf(config.id);
    expect(runs.map((r) => [r.trigger, r.status])).toEqual([
      ["schedule", "succeeded"], ["catch_up", "succeeded"], ["catch_up", "succeeded"], ["catch_up", "succeeded"],
    ]);
    const logs = await t.db.select().from(processRunLogs).where(eq(processRunLogs.runId, runs[1]!.id)).orderBy(asc(processRunLogs.id));
    expect(logs[0]!.message).toContain("Execução atrasada recuperada: horário previsto 25/11/2026, 08:00");

    expect(await tickScheduler({ db: t.db, clock, workerId: "b" })).toMatchObject({ created: 0, executed: 0 });
  });

  it("does not go back further than the catch-up window", async () => {
    const ctx = await schedulerCtx(t.db);
    const config = await saveProcessConfig({ ctx, input: record({ startAt: "2026-11-24T07:00" }) });
    const clock = fixedClock("2026-12-04T12:00:00Z");
    await tickScheduler({ db: t.db, clock, workerId: "a", catchUpDays: 3 });
    expect((await runsOf(config.id)).map((r) => r.referenceDate)).toEqual(["2026-12-02", "2026-12-03", "2026-12-04"]);
  });

  it("two sidecars over 3 minutes execute each run exactly once", async () => {
    const ctx = await schedulerCtx(t.db);
    const everyMinute = await saveProcessConfig({ ctx, input: record({
      frequency: "cron", startAt: "2026-11-23T09:01", companyIds: [ctx.company.id, ctx.other.id],
    }) });
    const grouped = await saveProcessConfig({ ctx, input: configInput({
      processCode: "test.record", frequency: "once", startAt: "2026-11-23T09:02", companyIds: [ctx.company.id, ctx.other.id], groupCompanies: true,
    }) }).catch(() => null);
    expect(grouped).toBeNull(); // the once at 09:02 shares a minute with the every-minute configuration
    executions.length = 0;
    const sidecars = [createDb(t.url, 3), createDb(t.url, 3)].map(({ db, pool }, i) => ({ db, pool, clock: fixedClock("2026-11-23T12:01:00Z"), id: `sidecar-${i}` }));
    try {
      for (let minute = 1; minute <= 3; minute++) {
        for (const s of sidecars) s.clock.set(new Date(Date.UTC(2026, 10, 23, 12, minute, 1)));
        await Promise.all(sidecars.flatMap((s) => [1, 2, 3].map(() => tickScheduler({ db: s.db, clock: s.clock, workerId: s.id }))));
      }
    } finally {
      await Promise.all(sidecars.map((s) => s.pool.end()));
    }
    const runs = await runsOf(everyMinute.id);
    expect(runs).toHaveLength(6); // 3 minutes × 2 companies
    expect(runs.every((r) => r.status === "succeeded")).toBe(true);
    const executed = executions.map((e) => e.runId).sort((a, b) => a - b);
    expect(executed).toEqual(runs.map((r) => r.id).sort((a, b) => a - b));
    await t.db.update(processConfigs).set({ active: false }).where(eq(processConfigs.id, everyMinute.id));
  });

  it("marks a failing run failed with the error, and the next run still executes", async () => {
    const ctx = await schedulerCtx(t.db);
    const config = await saveProcessConfig({ ctx, input: record({ active: false }) });
    await requestRun({ ctx, input: { configId: config.id } });
    await requestRun({ ctx: { ...ctx, clock: fixedClock("2026-11-23T12:00:01Z") }, input: { configId: config.id, referenceDate: "2026-11-20" } });
    failNext = true;
    await tickScheduler({ db: t.db, clock: fixedClock("2026-11-23T12:00:05Z"), workerId: "a" });
    const [first, second] = await runsOf(config.id);
    expect(first).toMatchObject({ status: "failed", error: "Provedor fora do ar" });
    expect(second).toMatchObject({ status: "succeeded", found: 1, sent: 1, referenceDate: "2026-11-20" });
    const { logs } = await getRun({ ctx, input: { id: first!.id } });
    expect(logs.map((l) => l.message)).toContainEqual("Falha: Provedor fora do ar");
  });

  it("cancel stops a running run at its next check", async () => {
    const ctx = await schedulerCtx(t.db);
    const config = await saveProcessConfig({ ctx, input: configInput({ processCode: "test.slow", active: false }) });
    const { runIds: [id] } = await requestRun({ ctx, input: { configId: config.id } });
    const tick = tickScheduler({ db: t.db, clock: fixedClock("2026-11-23T12:00:05Z"), workerId: "a" });
    await expect.poll(async () => (await getRun({ ctx, input: { id: id! } })).run.sent, { timeout: 3_000 }).toBeGreaterThan(2);
    await cancelRun({ ctx, input: { id: id! } });
    await tick;
    const { run, logs } = await getRun({ ctx, input: { id: id! } });
    expect(run.status).toBe("cancelled");
    expect(run.sent).toBeLessThan(200);
    expect(run.skipped).toBeGreaterThan(0);
    expect(logs.at(-1)!.message).toBe("Execução cancelada a pedido do usuário.");
  });

  it("fails runs whose sidecar died (lease expired) instead of running them again", async () => {
    const ctx = await schedulerCtx(t.db);
    const config = await saveProcessConfig({ ctx, input: record({ active: false }) });
    const { runIds: [id] } = await requestRun({ ctx, input: { configId: config.id } });
    await t.db.update(processRuns).set({ status: "running", claimedBy: "dead", leaseExpiresAt: new Date("2026-11-23T12:01:00Z") }).where(eq(processRuns.id, id!));
    executions.length = 0;
    await tickScheduler({ db: t.db, clock: fixedClock("2026-11-23T12:05:00Z"), workerId: "a" });
    expect((await getRun({ ctx, input: { id: id! } })).run).toMatchObject({ status: "failed", error: expect.stringContaining("interrompida") });
    expect(executions).toEqual([]);
  });
});

describe("built-in processes", () => {
  it("demo.count-people counts people and writes it to the LOG", async () => {
    const ctx = await schedulerCtx(t.db);
    const config = await saveProcessConfig({ ctx, input: configInput({ active: false }) });
    const { runIds: [id] } = await requestRun({ ctx, input: { configId: config.id } });
    await tickScheduler({ db: t.db, clock: fixedClock("2026-11-23T12:00:05Z"), workerId: "a" });
    const { run, logs } = await getRun({ ctx, input: { id: id! } });
    expect(run.status).toBe("succeeded");
    expect(logs.map((l) => l.message)).toContainEqual(expect.stringMatching(/^\d+ pessoa\(s\) cadastrada\(s\); \d+ com celular\.$/));
  });

  it("'Envio da fila' releases held messages of the run's companies only", async () => {
    const ctx = await schedulerCtx(t.db);
    const [account] = await t.db.insert(providerAccounts).values({ provider: "rdconversas", name: "Conta fila", baseUrl: "http://127.0.0.1:9" }).returning();
    const held = (companyId: number, n: number) => ({
      companyId, accountId: account!.id, kind: "rd.template", recipient: "+5511999990000", payload: {}, producer: "teste",
      idempotencyKey: `fila:${companyId}:${n}`, status: "held" as const,
    });
    await t.db.insert(outboxMessages).values([held(ctx.company.id, 1), held(ctx.company.id, 2), held(ctx.other.id, 1)]);
    const config = await saveProcessConfig({ ctx, input: configInput({ processType: "Mensageria", processCode: "outbox.release", active: false }) });
    const { runIds: [id] } = await requestRun({ ctx, input: { configId: config.id } });
    await tickScheduler({ db: t.db, clock: fixedClock("2026-11-23T12:00:05Z"), workerId: "a" });
    expect((await getRun({ ctx, input: { id: id! } })).run).toMatchObject({ status: "succeeded", found: 2, queued: 2 });
    const rows = await t.db.select({ companyId: outboxMessages.companyId, status: outboxMessages.status }).from(outboxMessages)
      .where(and(eq(outboxMessages.accountId, account!.id), inArray(outboxMessages.companyId, [ctx.company.id, ctx.other.id])));
    expect(rows.filter((r) => r.companyId === ctx.company.id).map((r) => r.status)).toEqual(["queued", "queued"]);
    expect(rows.filter((r) => r.companyId === ctx.other.id).map((r) => r.status)).toEqual(["held"]);
  });
});
