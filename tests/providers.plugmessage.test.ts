import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPlugMessageAdapter, type PlugMessageAdapter } from "../lib/providers/plugmessage/adapter";
import { classifyPlug } from "../lib/providers/plugmessage/classify";
import { createPlugSimulatorState, handlePlugRequest } from "../lib/providers/plugmessage/simulator";
import { startPlugSimulatorServer } from "../lib/providers/plugmessage/simulator-server";
import { PLUG_SESSION_MS } from "../lib/providers/plugmessage/wire";

const DAY = 24 * 60 * 60 * 1000;
const START = new Date("2026-11-23T12:00:00Z");
const CUSTOMER = "+5511987654321";

let sim: Awaited<ReturnType<typeof startPlugSimulatorServer>>;
const adapterWith = (credentials: { token?: string; sessionId?: string } = {}, baseUrl?: string): PlugMessageAdapter =>
  createPlugMessageAdapter({ provider: "plugmessage", baseUrl: baseUrl ?? sim.baseUrl, credentials: { token: "tok-a", ...credentials }, timeoutMs: 2_000 });

async function control(path: string, body: unknown = {}) {
  const response = await fetch(`${sim.baseUrl}/_sandbox/${path}`, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } });
  return { status: response.status, body: await response.json() as Record<string, unknown> };
}

async function connectedSession() {
  const created = await adapterWith().createSession();
  if (!created.ok) throw new Error(created.message);
  expect((await control(`sessions/${created.session.id}/scan`, { phone: "11 99999-0100" })).status).toBe(200);
  return created.session.id;
}

beforeAll(async () => {
  sim = await startPlugSimulatorServer({ state: createPlugSimulatorState({ now: () => START }) });
});
afterAll(() => sim.close());
beforeEach(() => sim.state.reset());

describe("PlugMessage adapter against the loopback simulator", () => {
  it("opens a session waiting for its QR code; a phone reading it connects the session for 15 days", async () => {
    const adapter = adapterWith();
    const created = await adapter.createSession();
    expect(created).toMatchObject({ ok: true, session: { status: "qr", qr: expect.stringMatching(/^plugmessage:\/\//), phone: null, connectedAt: null } });
    const id = created.ok ? created.session.id : "";
    expect(await adapter.getSession(id)).toMatchObject({ ok: true, session: { status: "qr" } });

    const scan = await control(`sessions/${id}/scan`, {});
    expect(scan.body).toMatchObject({ status: "connected", phone: "+5511999990100" });
    expect(await adapter.getSession(id)).toMatchObject({
      ok: true, session: { status: "connected", qr: null, connectedAt: START, expiresAt: new Date(START.getTime() + PLUG_SESSION_MS) },
    });
  });

  it("sends free text through a connected session into the phone's inbox", async () => {
    const sessionId = await connectedSession();
    const sent = await adapterWith({ sessionId }).sendText({ to: "(11) 98765-4321", text: "Olá, Ana!" });
    expect(sent).toMatchObject({ ok: true, providerId: expect.stringMatching(/^msg_/), httpStatus: 201 });
    expect(sim.state.inbox.get(CUSTOMER)).toEqual([{ id: sent.ok ? sent.providerId : "", phone: CUSTOMER, text: "Olá, Ana!", at: START }]);
  });

  it("refuses sends while the QR was not read, after the 15 days and after a disconnect, as a retryable 'not connected'", async () => {
    const waiting = await adapterWith().createSession();
    const waitingId = waiting.ok ? waiting.session.id : "";
    expect(await adapterWith({ sessionId: waitingId }).sendText({ to: CUSTOMER, text: "x" }))
      .toMatchObject({ ok: false, code: "session_not_connected", retryable: true, httpStatus: 409 });

    const sessionId = await connectedSession();
    const adapter = adapterWith({ sessionId });
    await control("clock", { offsetMs: 14 * DAY });
    expect(await adapter.sendText({ to: CUSTOMER, text: "dia 14" })).toMatchObject({ ok: true });
    await control("clock", { offsetMs: 15 * DAY });
    expect(await adapter.getSession(sessionId)).toMatchObject({ ok: true, session: { status: "expired" } });
    expect(await adapter.sendText({ to: CUSTOMER, text: "dia 15" })).toMatchObject({ ok: false, code: "session_not_connected" });

    await control("clock", { offsetMs: 0 });
    const other = await connectedSession();
    expect(await adapterWith().disconnect(other)).toEqual({ ok: true });
    expect(await adapterWith().getSession(other)).toMatchObject({ ok: true, session: { status: "disconnected" } });
    expect(sim.state.inbox.get(CUSTOMER)?.map((m) => m.text)).toEqual(["dia 14"]);
  });

  it("the expire control ends a connected session at once", async () => {
    const sessionId = await connectedSession();
    expect((await control(`sessions/${sessionId}/expire`)).body).toMatchObject({ status: "expired" });
    expect(await adapterWith({ sessionId }).sendText({ to: CUSTOMER, text: "x" })).toMatchObject({ ok: false, retryable: true });
  });

  it("keeps sessions per token, has no templates or contacts, and lists the connected session as its channel", async () => {
    const sessionId = await connectedSession();
    expect(await adapterWith({ token: "tok-b" }).getSession(sessionId)).toMatchObject({ ok: false, code: "404", retryable: false });
    expect(await adapterWith({ token: "" }).createSession()).toMatchObject({ ok: false, code: "missing_token" });
    const adapter = adapterWith({ sessionId });
    expect(await adapter.sendTemplate({ to: CUSTOMER, templateId: "x", variables: [] })).toMatchObject({ ok: false, code: "unsupported", retryable: false });
    expect(await adapter.createContact({ name: "Ana", phone: CUSTOMER, channelId: sessionId })).toMatchObject({ ok: false, code: "unsupported" });
    expect(await adapter.listTemplates()).toMatchObject({ ok: false, code: "unsupported" });
    expect(await adapter.listChannels()).toEqual({ ok: true, items: [{ id: sessionId, number: "+5511999990100", name: "Sessão PlugMessage" }] });
    expect(await adapterWith().listChannels()).toEqual({ ok: true, items: [] });
    expect(await adapterWith().sendText({ to: CUSTOMER, text: "x" })).toMatchObject({ ok: false, code: "no_session" });
  });

  it("refuses an invalid phone locally and reports a closed port as never sent", async () => {
    const sessionId = await connectedSession();
    expect(await adapterWith({ sessionId }).sendText({ to: "123", text: "x" })).toMatchObject({ ok: false, code: "invalid_phone", retryable: false });
    expect(await adapterWith({ sessionId }, "http://127.0.0.1:9").sendText({ to: CUSTOMER, text: "x" }))
      .toMatchObject({ ok: false, code: "network", retryable: true, neverLeft: true });
  });

  it("a QR code not read in time is replaced by a fresh one", async () => {
    const created = await adapterWith().createSession();
    const first = created.ok ? created.session.qr : null;
    await control("clock", { offsetMs: 2 * 60_000 });
    const again = await adapterWith().getSession(created.ok ? created.session.id : "");
    expect(again).toMatchObject({ ok: true, session: { status: "qr", qr: expect.stringMatching(/^plugmessage:/) } });
    expect(again.ok && again.session.qr).not.toBe(first);
  });
});

describe("PlugMessage simulator over Web Request (the sandbox route)", () => {
  it("answers under its base path, with the control API and the inbox", async () => {
    const state = createPlugSimulatorState({ now: () => START });
    const base = "http://app.test/api/sandbox/plugmessage";
    const call = (path: string, init?: RequestInit) => handlePlugRequest(state, new Request(`${base}${path}`, init), { basePath: "/api/sandbox/plugmessage" });
    const auth = { authorization: "Bearer qualquer" };
    expect((await call("/sessions", { method: "POST" })).status).toBe(401);
    const created = await (await call("/sessions", { method: "POST", headers: auth })).json() as { id: string };
    await call(`/_sandbox/sessions/${created.id}/scan`, { method: "POST", body: JSON.stringify({ phone: "+5511999990200" }) });
    const sent = await call(`/sessions/${created.id}/messages`, { method: "POST", headers: auth, body: JSON.stringify({ to: CUSTOMER, text: "Oi" }) });
    expect(sent.status).toBe(201);
    expect(await (await call(`/_sandbox/inbox?phone=${encodeURIComponent(CUSTOMER)}`)).json()).toMatchObject({ messages: [{ phone: CUSTOMER, text: "Oi" }] });
    expect(await (await call("/_sandbox/state")).json()).toMatchObject({ sessions: [{ id: created.id, status: "connected", phone: "+5511999990200" }], delivered: 1 });
    expect((await call("/_sandbox/clock", { method: "POST", body: JSON.stringify({ offsetMs: "x" }) })).status).toBe(400);
    await call("/_sandbox/reset", { method: "POST" });
    expect(state.sessions.size).toBe(0);
  });
});

describe("classifyPlug", () => {
  const now = START;
  it.each([
    [200, {}, null],
    [401, {}, { code: "401", retryable: false }],
    [409, { error: "session_not_connected" }, { code: "session_not_connected", retryable: true }],
    [404, { error: "session_not_found" }, { code: "404", retryable: false }],
    [429, {}, { code: "429", retryable: true, retryAfterMs: 30_000 }],
    [503, {}, { code: "http_5xx", retryable: true }],
    [400, { error: "invalid_phone" }, { code: "invalid_phone", retryable: false }],
  ])("HTTP %i %j ⇒ %j", (status, body, expected) => {
    const result = classifyPlug({ kind: "response", status, body, retryAfter: "30", now });
    if (expected === null) expect(result).toBeNull();
    else expect(result).toMatchObject({ ok: false, ...expected });
  });
});
