import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, processRunLogs, processRuns } from "../db/schema";
import { cancelRun } from "../lib/scheduler/cancel-run";
import { deleteProcessConfig } from "../lib/scheduler/delete-process-config";
import { getRun } from "../lib/scheduler/get-run";
import { listProcessConfigs } from "../lib/scheduler/list-process-configs";
import { requestRun } from "../lib/scheduler/request-run";
import { saveProcessConfig } from "../lib/scheduler/save-process-config";
import { setConfigActive } from "../lib/scheduler/set-config-active";
import { formatSaoPauloLocal } from "../lib/scheduler/sao-paulo-time";
import { makeCtx } from "./support/fixtures";
import { configInput, registerBillingPair, schedulerCtx } from "./support/scheduler-fixtures";
import { useTestDb } from "./support/test-db";

const t = useTestDb();
beforeAll(() => registerBillingPair());

const refusal = (promise: Promise<unknown>) => promise.then(() => { throw new Error("expected a refusal"); }, (e) => e as {
  code: string; message: string; fieldErrors: Record<string, string[]>; href?: string;
});

describe("saving a GERFP095 configuration", () => {
  it("creates it for the logged company, audits it and lists the next 5 run times", async () => {
    const ctx = await schedulerCtx(t.db);
    const saved = await saveProcessConfig({ ctx, input: configInput({ params: { onlyWithMobile: true } }) });
    expect(saved).toMatchObject({ companyId: ctx.company.id, companyIds: [], description: "Contagem de pessoas", params: { onlyWithMobile: true } });
    const [listed] = await listProcessConfigs({ ctx });
    expect(listed!.frequency).toBe("Diária às 08:00");
    expect(listed!.nextRuns.map(formatSaoPauloLocal)).toEqual(
      ["2026-11-24T08:00", "2026-11-25T08:00", "2026-11-26T08:00", "2026-11-27T08:00", "2026-11-28T08:00"]);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, String(saved.id)));
    expect(audit.map((a) => [a.entity, a.action])).toContainEqual(["process_config", "create"]);
  });

  it("refuses a start in the past, naming the field", async () => {
    const ctx = await schedulerCtx(t.db);
    const error = await refusal(saveProcessConfig({ ctx, input: configInput({ startAt: "2026-11-23T08:59" }) }));
    expect(error.fieldErrors.startAt).toEqual(["A data/hora de início deve ser no futuro."]);
  });

  it("keeps a start that has passed when editing other fields", async () => {
    const ctx = await schedulerCtx(t.db);
    const saved = await saveProcessConfig({ ctx, input: configInput() });
    const later = { ...ctx, clock: { now: () => new Date("2026-12-01T12:00:00Z") } };
    const edited = await saveProcessConfig({ ctx: later, input: configInput({ id: saved.id, description: "Renomeada" }) });
    expect(edited.description).toBe("Renomeada");
  });

  it("refuses parameters the process does not accept, on the parameter's field", async () => {
    const ctx = await schedulerCtx(t.db);
    const error = await refusal(saveProcessConfig({ ctx, input: configInput({ params: { onlyWithMobile: "sim" } }) }));
    expect(Object.keys(error.fieldErrors)).toEqual(["params.onlyWithMobile"]);
  });

  it("refuses companies the user was not granted", async () => {
    const ctx = await schedulerCtx(t.db);
    const stranger = await makeCtx(t.db);
    const error = await refusal(saveProcessConfig({ ctx, input: configInput({ companyIds: [stranger.company.id] }) }));
    expect(error.code).toBe("FORBIDDEN");
  });
});

describe("slot conflicts (next 30 days)", () => {
  it("refuses two active configurations of the same company in the same minute, naming the other", async () => {
    const ctx = await schedulerCtx(t.db);
    const first = await saveProcessConfig({ ctx, input: configInput({ description: "Contagem matinal" }) });
    // Every weekday at 08:00 meets the daily 08:00 on Tuesday 24.
    const error = await refusal(saveProcessConfig({ ctx, input: configInput({
      frequency: "cron", startAt: "2026-11-23T10:00", cronMinute: "0", cronHour: "8", cronDayOfWeek: "1-5",
    }) }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain(`#${first.id} “Contagem matinal”`);
    expect(error.message).toContain("24/11/2026, 08:00");
    expect(error.fieldErrors.cronMinute).toBeDefined();
    expect(error.href).toBe(`/scheduler/${first.id}`);
  });

  it("accepts the same minute for another company, another minute, or an inactive configuration", async () => {
    const ctx = await schedulerCtx(t.db);
    await saveProcessConfig({ ctx, input: configInput() });
    await expect(saveProcessConfig({ ctx, input: configInput({ companyIds: [ctx.other.id] }) })).resolves.toBeDefined();
    await expect(saveProcessConfig({ ctx, input: configInput({ startAt: "2026-11-24T08:01" }) })).resolves.toBeDefined();
    const inactive = await saveProcessConfig({ ctx, input: configInput({ active: false }) });
    const error = await refusal(setConfigActive({ ctx, input: { id: inactive.id, active: true } }));
    expect(error.code).toBe("CONFLICT");
  });

  it("counts a configuration of several companies against each of them", async () => {
    const ctx = await schedulerCtx(t.db);
    await saveProcessConfig({ ctx, input: configInput({ companyIds: [ctx.other.id] }) });
    const error = await refusal(saveProcessConfig({ ctx, input: configInput({ companyIds: [ctx.company.id, ctx.other.id], groupCompanies: true }) }));
    expect(error.code).toBe("CONFLICT");
  });

  it("looks only 30 days ahead", async () => {
    const ctx = await schedulerCtx(t.db);
    await saveProcessConfig({ ctx, input: configInput({ frequency: "once", startAt: "2026-12-30T08:00" }) });
    await expect(saveProcessConfig({ ctx, input: configInput({ startAt: "2026-11-24T08:00" }) })).resolves.toBeDefined();
  });
});

describe("mustFollow: the send task at least 30 minutes after the update task", () => {
  const update = (startAt: string, id?: number) => configInput({ id, processType: "Financeiro", processCode: "test.update", startAt });
  const send = (startAt: string) => configInput({ processType: "Mensageria", processCode: "test.send", startAt });

  it.each([
    ["08:20", false], ["08:29", false], ["08:30", true], ["09:00", true], ["07:50", true],
  ])("send task daily at %s after the update at 08:00: accepted = %s", async (time, accepted) => {
    const ctx = await schedulerCtx(t.db);
    const leader = await saveProcessConfig({ ctx, input: update("2026-11-24T08:00") });
    const result = saveProcessConfig({ ctx, input: send(`2026-11-24T${time}`) });
    if (accepted) await expect(result).resolves.toBeDefined();
    else {
      const error = await refusal(result);
      expect(error.fieldErrors.startAt![0]).toContain("deve executar pelo menos 30 minutos depois de “Atualizar cobranças”");
      expect(error.message).toContain(`#${leader.id}`);
    }
  });

  it("also refuses moving the update task to within 30 minutes before the send task", async () => {
    const ctx = await schedulerCtx(t.db);
    const leader = await saveProcessConfig({ ctx, input: update("2026-11-24T08:00") });
    const follower = await saveProcessConfig({ ctx, input: send("2026-11-24T08:30") });
    const error = await refusal(saveProcessConfig({ ctx, input: update("2026-11-24T08:15", leader.id) }));
    expect(error.message).toContain(`#${follower.id}`);
  });
});

describe("runs requested by hand", () => {
  it("'Executar agora' queues one run per company; grouped companies get one run for all", async () => {
    const ctx = await schedulerCtx(t.db);
    const perCompany = await saveProcessConfig({ ctx, input: configInput({ companyIds: [ctx.company.id, ctx.other.id] }) });
    const grouped = await saveProcessConfig({ ctx, input: configInput({ companyIds: [ctx.company.id, ctx.other.id], groupCompanies: true, startAt: "2026-11-24T09:00" }) });
    const a = await requestRun({ ctx, input: { configId: perCompany.id } });
    const b = await requestRun({ ctx, input: { configId: grouped.id, referenceDate: "2026-11-01" } });
    expect(a.runIds).toHaveLength(2);
    expect(b.runIds).toHaveLength(1);
    const [rerun] = await t.db.select().from(processRuns).where(eq(processRuns.id, b.runIds[0]!));
    expect(rerun).toMatchObject({ trigger: "rerun", referenceDate: "2026-11-01", companyScope: "all", status: "queued" });
    expect(rerun!.companyIds.sort()).toEqual([ctx.company.id, ctx.other.id].sort());
    const detail = await getRun({ ctx, input: { id: a.runIds[0]! } });
    expect(detail.run).toMatchObject({ trigger: "manual", referenceDate: "2026-11-23" });
    expect(detail.logs.map((l) => l.message)).toEqual([expect.stringContaining("Execução manual solicitada")]);
  });

  it("cancelling a queued run cancels it at once; a finished run cannot be cancelled", async () => {
    const ctx = await schedulerCtx(t.db);
    const config = await saveProcessConfig({ ctx, input: configInput() });
    const { runIds: [id] } = await requestRun({ ctx, input: { configId: config.id } });
    await cancelRun({ ctx, input: { id: id! } });
    const { run, logs } = await getRun({ ctx, input: { id: id! } });
    expect(run).toMatchObject({ status: "cancelled", cancelRequested: true });
    expect(logs.at(-1)!.message).toContain("Cancelada");
    expect((await refusal(cancelRun({ ctx, input: { id: id! } }))).code).toBe("CONFLICT");
  });

  it("runs and configurations of other companies do not exist for the user", async () => {
    const ctx = await schedulerCtx(t.db);
    const config = await saveProcessConfig({ ctx, input: configInput() });
    const { runIds: [id] } = await requestRun({ ctx, input: { configId: config.id } });
    const stranger = await makeCtx(t.db);
    expect((await refusal(getRun({ ctx: stranger, input: { id: id! } }))).code).toBe("NOT_FOUND");
    expect((await refusal(requestRun({ ctx: stranger, input: { configId: config.id } }))).code).toBe("NOT_FOUND");
    expect(await listProcessConfigs({ ctx: stranger })).toEqual([]);
  });

  it("refuses deleting a configuration while one of its runs executes", async () => {
    const ctx = await schedulerCtx(t.db);
    const config = await saveProcessConfig({ ctx, input: configInput() });
    const { runIds: [id] } = await requestRun({ ctx, input: { configId: config.id } });
    await t.db.update(processRuns).set({ status: "running" }).where(eq(processRuns.id, id!));
    expect((await refusal(deleteProcessConfig({ ctx, input: { id: config.id } }))).code).toBe("CONFLICT");
    await t.db.update(processRuns).set({ status: "succeeded" }).where(eq(processRuns.id, id!));
    await deleteProcessConfig({ ctx, input: { id: config.id } });
    expect(await t.db.select().from(processRunLogs).where(eq(processRunLogs.runId, id!))).toEqual([]);
  });
});
