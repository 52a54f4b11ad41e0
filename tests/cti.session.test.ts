import { and, eq, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { ctiAgents, ctiSessions, ctiUsageLog, settings } from "../db/schema";
import { fixedClock } from "../lib/core/clock";
import { loadContext, type Ctx } from "../lib/core/ctx";
import { ServiceError } from "../lib/core/errors";
import type { CtiCommandName, CtiCommandResult, CtiCommands } from "../lib/cti/commands";
import { ctiDial } from "../lib/cti/session/cti-dial";
import { ctiLogin } from "../lib/cti/session/cti-login";
import { ctiLogout } from "../lib/cti/session/cti-logout";
import { ctiPause } from "../lib/cti/session/cti-pause";
import { ctiResume } from "../lib/cti/session/cti-resume";
import { endIdleCtiSessions } from "../lib/cti/session/end-idle-cti-sessions";
import { getCtiState } from "../lib/cti/session/get-cti-state";
import { makeCompany, makeUser } from "./support/fixtures";
import { useTestDb } from "./support/test-db";

const t = useTestDb();

/** A PBX that answers 0 except for the commands told to fail, and remembers what it was asked. */
function scriptedPbx(failures: Partial<Record<CtiCommandName, number>> = {}) {
  const calls: string[] = [];
  const args: Record<string, unknown> = {};
  const run = (command: CtiCommandName, input: unknown): Promise<CtiCommandResult> => {
    calls.push(command);
    args[command] = input;
    const code = failures[command];
    return Promise.resolve(code === undefined ? { ok: true, code: 0 } : { ok: false, code, message: `falha simulada ${code}`, command });
  };
  const commands: CtiCommands = {
    agentInService: (i) => run("AgentInService", i),
    logonPass: (i) => run("LogonPass", i),
    readyPass: (i) => run("ReadyPass", i),
    notReadyPass: (i) => run("NotReadyPass", i),
    logoffPass: (i) => run("LogoffPass", i),
    agentOutOfService: (i) => run("AgentOutOfService", i),
    makeCall: (i) => run("MakeCall", i),
  };
  return { commands, calls, args };
}

let extensionCounter = 4000;
const clock = fixedClock("2026-11-23T12:00:00Z");

/** An operator with a CTI identity on a fresh extension (or the one given, to share it). */
async function agentCtx(name: string, extension = String(++extensionCounter)): Promise<Ctx> {
  const company = await makeCompany(t.db);
  const user = await makeUser(t.db, "operator", [company.id], { name });
  await t.db.insert(ctiAgents).values({ userId: user.id, agentLogin: `ag${user.id}`, extension, groupId: "10" });
  return loadContext(t.db, user.id, clock);
}

/** The refusal a call must end in (fails the test when it succeeds). */
async function refusal(promise: Promise<unknown>): Promise<ServiceError> {
  const outcome = await promise.then(() => null, (e: unknown) => e);
  expect(outcome).toBeInstanceOf(ServiceError);
  return outcome as ServiceError;
}

const usage = (userId: number) => t.db.select().from(ctiUsageLog).where(eq(ctiUsageLog.userId, userId));
const sessionsOf = (userId: number) => t.db.select().from(ctiSessions).where(eq(ctiSessions.userId, userId));

async function setJustificationRequired(on: boolean) {
  await t.db.delete(settings).where(and(eq(settings.code, "CTI_SMART_CTI"), isNull(settings.companyId)));
  if (on) await t.db.insert(settings).values({ code: "CTI_SMART_CTI", value: { serverUrl: "", askLogoutJustification: true } });
}

beforeAll(() => { process.env.APP_BASE_URL = "http://recado.test/"; });

describe("CTI login", () => {
  it("runs AgentInService → LogonPass → ReadyPass, ends ready and logs a kind 1 usage row", async () => {
    const ctx = await agentCtx("Ana");
    const pbx = scriptedPbx();
    const result = await ctiLogin({ ctx, input: { password: "1234" } }, pbx.commands);
    expect(pbx.calls).toEqual(["AgentInService", "LogonPass", "ReadyPass"]);
    expect(pbx.args.AgentInService).toEqual({ device: result.extension, callbackUrl: "http://recado.test/api/cti/soap" });
    expect(pbx.args.LogonPass).toMatchObject({ device: result.extension, agentId: `ag${ctx.user.id}`, groupId: "10", password: "1234" });
    expect((await sessionsOf(ctx.user.id)).map((s) => s.status)).toEqual(["ready"]);
    expect((await usage(ctx.user.id)).map((u) => [u.kind, u.automatic])).toEqual([[1, false]]);
    const state = await getCtiState({ ctx });
    expect(state.session).toMatchObject({ extension: result.extension, status: "ready" });
  });

  it("when LogonPass fails, takes the extension out of service again, ends the session and names the step", async () => {
    const ctx = await agentCtx("Bruno");
    const pbx = scriptedPbx({ LogonPass: 3 });
    const error = await refusal(ctiLogin({ ctx, input: { password: "errada" } }, pbx.commands));
    expect(error.message).toContain("login do agente (LogonPass)");
    expect(error.message).toContain("falha simulada 3");
    expect(pbx.calls).toEqual(["AgentInService", "LogonPass", "AgentOutOfService"]);
    const [session] = await sessionsOf(ctx.user.id);
    expect(session).toMatchObject({ status: "ended", endReason: "login_failed" });
    expect(await usage(ctx.user.id)).toEqual([]);
    expect((await getCtiState({ ctx })).session).toBeNull();
  });

  it("when ReadyPass fails, logs the agent off and takes the extension out of service, in reverse order", async () => {
    const ctx = await agentCtx("Carla");
    const pbx = scriptedPbx({ ReadyPass: 99 });
    await expect(ctiLogin({ ctx, input: { password: "1" } }, pbx.commands)).rejects.toThrow("ficar disponível (ReadyPass)");
    expect(pbx.calls).toEqual(["AgentInService", "LogonPass", "ReadyPass", "LogoffPass", "AgentOutOfService"]);
  });

  it("when AgentInService fails there is nothing to undo", async () => {
    const ctx = await agentCtx("Davi");
    const pbx = scriptedPbx({ AgentInService: 1 });
    await expect(ctiLogin({ ctx, input: { password: "1" } }, pbx.commands)).rejects.toThrow("colocar o ramal em serviço (AgentInService)");
    expect(pbx.calls).toEqual(["AgentInService"]);
  });

  it("refuses a user without a CTI identity and points to the CTI manager", async () => {
    const company = await makeCompany(t.db);
    const user = await makeUser(t.db, "operator", [company.id]);
    const ctx = await loadContext(t.db, user.id, clock);
    const error = await refusal(ctiLogin({ ctx, input: { password: "1" } }, scriptedPbx().commands));
    expect(error).toMatchObject({ code: "INVALID", href: "/cti/manager" });
    expect((await getCtiState({ ctx })).agent).toBeNull();
  });
});

describe("CTI takeover", () => {
  it("names who holds the extension and, when asked to take over, logs them out first", async () => {
    const holder = await agentCtx("Helena Ocupante");
    const newcomer = await agentCtx("Igor", (await t.db.select().from(ctiAgents).where(eq(ctiAgents.userId, holder.user.id)))[0]!.extension);
    await ctiLogin({ ctx: holder, input: { password: "1" } }, scriptedPbx().commands);

    const state = await getCtiState({ ctx: newcomer });
    expect(state.occupiedBy).toMatchObject({ userId: holder.user.id, name: "Helena Ocupante" });
    const refused = await refusal(ctiLogin({ ctx: newcomer, input: { password: "2" } }, scriptedPbx().commands));
    expect(refused).toMatchObject({ code: "CONFLICT" });
    expect(refused.message).toContain("Helena Ocupante");

    const pbx = scriptedPbx();
    await ctiLogin({ ctx: newcomer, input: { password: "2", takeOver: true } }, pbx.commands);
    expect(pbx.calls).toEqual(["NotReadyPass", "LogoffPass", "AgentOutOfService", "AgentInService", "LogonPass", "ReadyPass"]);
    expect(pbx.args.NotReadyPass).toMatchObject({ agentId: `ag${holder.user.id}` });
    expect((await sessionsOf(holder.user.id))[0]).toMatchObject({ status: "ended", endReason: "takeover" });
    expect((await usage(holder.user.id)).map((u) => [u.kind, u.automatic])).toEqual([[1, false], [2, true]]);
    expect((await sessionsOf(newcomer.user.id))[0]).toMatchObject({ status: "ready" });
    expect((await getCtiState({ ctx: newcomer })).occupiedBy).toBeNull();
  });
});

describe("CTI logout", () => {
  it("runs NotReadyPass → LogoffPass → AgentOutOfService, ends the session and logs kind 2", async () => {
    const ctx = await agentCtx("Joana");
    await ctiLogin({ ctx, input: { password: "1" } }, scriptedPbx().commands);
    const pbx = scriptedPbx();
    await ctiLogout({ ctx, input: {} }, pbx.commands);
    expect(pbx.calls).toEqual(["NotReadyPass", "LogoffPass", "AgentOutOfService"]);
    expect((await sessionsOf(ctx.user.id))[0]).toMatchObject({ status: "ended", endReason: "logout" });
    expect((await usage(ctx.user.id)).map((u) => u.kind)).toEqual([1, 2]);
  });

  it("when a step fails, cancels the logout: the user stays logged in and is told which step failed", async () => {
    const ctx = await agentCtx("Karina");
    await ctiLogin({ ctx, input: { password: "1" } }, scriptedPbx().commands);
    const error = await refusal(ctiLogout({ ctx, input: {} }, scriptedPbx({ LogoffPass: 2 }).commands));
    expect(error.message).toContain("logoff do agente (LogoffPass)");
    expect(error.message).toContain("continua logado");
    const [session] = await sessionsOf(ctx.user.id);
    expect(session!.endedAt).toBeNull();
    expect(session!.status).toBe("paused");
    expect((await usage(ctx.user.id)).map((u) => u.kind)).toEqual([1]);

    const first = await refusal(ctiLogout({ ctx, input: {} }, scriptedPbx({ NotReadyPass: 2 }).commands));
    expect(first.message).toContain("ficar indisponível (NotReadyPass)");
    expect((await sessionsOf(ctx.user.id))[0]!.status).toBe("paused");
  });

  it("requires a justification when the parameter asks for it, and records it", async () => {
    const ctx = await agentCtx("Lucas");
    await ctiLogin({ ctx, input: { password: "1" } }, scriptedPbx().commands);
    await setJustificationRequired(true);
    try {
      const pbx = scriptedPbx();
      const error = await refusal(ctiLogout({ ctx, input: { justification: "  " } }, pbx.commands));
      expect(error).toMatchObject({ code: "INVALID", fieldErrors: { justification: ["Informe a justificativa do logout."] } });
      expect(pbx.calls).toEqual([]);
      expect((await getCtiState({ ctx })).askLogoutJustification).toBe(true);
      await ctiLogout({ ctx, input: { justification: "Fim do turno" } }, pbx.commands);
      expect((await usage(ctx.user.id)).find((u) => u.kind === 2)?.justification).toBe("Fim do turno");
    } finally {
      await setJustificationRequired(false);
    }
  });
});

describe("CTI pause, resume and dial", () => {
  it("pauses and resumes with NotReadyPass / ReadyPass", async () => {
    const ctx = await agentCtx("Marta");
    await ctiLogin({ ctx, input: { password: "1" } }, scriptedPbx().commands);
    const pbx = scriptedPbx();
    expect(await ctiPause({ ctx }, pbx.commands)).toMatchObject({ status: "paused" });
    expect(await ctiResume({ ctx }, pbx.commands)).toMatchObject({ status: "ready" });
    expect(pbx.calls).toEqual(["NotReadyPass", "ReadyPass"]);
    await expect(ctiPause({ ctx }, scriptedPbx({ NotReadyPass: 6 }).commands)).rejects.toThrow("ficar indisponível (NotReadyPass)");
    expect((await sessionsOf(ctx.user.id))[0]!.status).toBe("ready");
  });

  it("dials a normalised number from the user's extension, only while logged in", async () => {
    const ctx = await agentCtx("Nina");
    await expect(ctiDial({ ctx, input: { number: "11987654321" } }, scriptedPbx().commands)).rejects.toThrow("Faça login no CTI");
    const login = await ctiLogin({ ctx, input: { password: "1" } }, scriptedPbx().commands);
    const pbx = scriptedPbx();
    await expect(ctiDial({ ctx, input: { number: "123" } }, pbx.commands)).rejects.toMatchObject({ fieldErrors: { number: [expect.stringContaining("Telefone inválido")] } });
    await ctiDial({ ctx, input: { number: "(11) 98765-4321" } }, pbx.commands);
    expect(pbx.calls).toEqual(["MakeCall"]);
    expect(pbx.args.MakeCall).toEqual({ device: login.extension, number: "5511987654321" });
  });
});

describe("idle CTI sessions", () => {
  it("logs out a session whose browser stopped polling for 2 minutes, not before, even if a step fails", async () => {
    // Sessions left by earlier tests would be idle too: only this one is under test.
    await t.db.update(ctiSessions).set({ status: "ended", endReason: "logout" });
    const ctx = await agentCtx("Otávio");
    const start = new Date("2026-11-23T15:00:00Z");
    clock.set(start);
    try {
      await ctiLogin({ ctx, input: { password: "1" } }, scriptedPbx().commands);
      const pbx = scriptedPbx({ LogoffPass: 99 });
      const runAt = (ms: number) => endIdleCtiSessions({ db: t.db, clock: fixedClock(new Date(start.getTime() + ms)), commands: pbx.commands });

      await runAt(119_000);
      expect((await sessionsOf(ctx.user.id))[0]!.status).toBe("ready");
      expect(pbx.calls).not.toContain("NotReadyPass");

      await runAt(121_000);
      expect(pbx.calls).toEqual(["NotReadyPass", "LogoffPass", "AgentOutOfService"]);
      expect((await sessionsOf(ctx.user.id))[0]).toMatchObject({ status: "ended", endReason: "idle" });
      expect((await usage(ctx.user.id)).map((u) => [u.kind, u.automatic])).toEqual([[1, false], [2, true]]);
    } finally {
      clock.set("2026-11-23T12:00:00Z");
    }
  });
});
