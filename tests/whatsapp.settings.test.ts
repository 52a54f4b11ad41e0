import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { auditLog, providerAccounts, whatsappAccounts } from "../db/schema";
import { fixedClock } from "../lib/core/clock";
import { decryptSecret, isEncrypted } from "../lib/core/crypto";
import type { Ctx } from "../lib/core/ctx";
import { ServiceError } from "../lib/core/errors";
import { startMetaSimulatorServer } from "../lib/providers/meta/simulator-server";
import { createPlugSimulatorState } from "../lib/providers/plugmessage/simulator";
import { startPlugSimulatorServer } from "../lib/providers/plugmessage/simulator-server";
import { whatsappAccountFor } from "../lib/whatsapp/account/whatsapp-account-for";
import { connectPlugMessage } from "../lib/whatsapp/settings/connect-plugmessage";
import { disconnectPlugMessage } from "../lib/whatsapp/settings/disconnect-plugmessage";
import { getWhatsappSettings } from "../lib/whatsapp/settings/get-whatsapp-settings";
import { plugSessionState } from "../lib/whatsapp/settings/plug-session-state";
import { refreshPlugMessageStatus } from "../lib/whatsapp/settings/refresh-plugmessage-status";
import { saveApiMode } from "../lib/whatsapp/settings/save-api-mode";
import { saveOfficialApi } from "../lib/whatsapp/settings/save-official-api";
import { saveSendAgent } from "../lib/whatsapp/settings/save-send-agent";
import { officialApiSchema, sendAgentSchema, type OfficialApiInput } from "../lib/whatsapp/settings/schemas";
import { simulatePlugScan } from "../lib/whatsapp/settings/simulate-plug-scan";
import { makeCtx } from "./support/fixtures";
import { useTestDb } from "./support/test-db";

const t = useTestDb();
const NOW = "2026-11-23T12:00:00Z";
const DAY = 24 * 60 * 60 * 1000;
const at = (offsetMs: number) => new Date(new Date(NOW).getTime() + offsetMs);

const SECRETS = { token: "EAAG-system-user-token-0001", appSecret: "0123456789abcdef0123456789abcdef", verifyToken: "verifica-recado-1" };
const official = (overrides: Partial<OfficialApiInput> = {}): OfficialApiInput =>
  ({ wabaId: "102290129340398", phoneNumberId: "106540352242922", ...SECRETS, ...overrides });

/** Our webhook's verification as Meta (and its simulator) calls it: echo hub.challenge when the verify token matches. */
let webhook: Server;
let webhookUrl: string;
const verifications: string[] = [];
let webhookAnswers = true;
let meta: Awaited<ReturnType<typeof startMetaSimulatorServer>>;
let plug: Awaited<ReturnType<typeof startPlugSimulatorServer>>;
const env = { ...process.env };

beforeAll(async () => {
  webhook = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    verifications.push(url.pathname);
    const ok = webhookAnswers && url.searchParams.get("hub.verify_token") === SECRETS.verifyToken;
    res.writeHead(ok ? 200 : 403, { "content-type": "text/plain" }).end(ok ? url.searchParams.get("hub.challenge") : "forbidden");
  });
  await new Promise<void>((resolve) => webhook.listen(0, "127.0.0.1", resolve));
  webhookUrl = `http://127.0.0.1:${(webhook.address() as AddressInfo).port}`;
  meta = await startMetaSimulatorServer();
  plug = await startPlugSimulatorServer({ state: createPlugSimulatorState({ now: () => new Date(NOW) }) });
  Object.assign(process.env, { APP_BASE_URL: webhookUrl, META_GRAPH_URL: meta.baseUrl, PLUGMESSAGE_BASE_URL: plug.baseUrl });
});
afterEach(() => {
  webhookAnswers = true;
  Object.assign(process.env, { APP_BASE_URL: webhookUrl, META_GRAPH_URL: meta.baseUrl, PLUGMESSAGE_BASE_URL: plug.baseUrl });
});
afterAll(async () => {
  process.env = env;
  await Promise.all([meta.close(), plug.close(), new Promise((resolve) => webhook.close(resolve))]);
});

async function providerRow(id: number | null) {
  const [row] = await t.db.select().from(providerAccounts).where(eq(providerAccounts.id, id ?? 0));
  return row!;
}
const credentials = (row: { credentials: unknown }) => row.credentials as Record<string, string>;

async function refusal(promise: Promise<unknown>): Promise<ServiceError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ServiceError);
  return error as ServiceError;
}

describe("API oficial", () => {
  it("requires every secret the first time, naming each field", async () => {
    const ctx = await makeCtx(t.db, "admin", NOW);
    const error = await refusal(saveOfficialApi({ ctx, input: official({ token: "", appSecret: "", verifyToken: "" }) }));
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["appSecret", "token", "verifyToken"]);
    expect((await whatsappAccountFor(t.db, ctx.companyId)).officialAccountId).toBeNull();
  });

  it("stores the secrets encrypted on the company's Meta account, shows only masks, and registers the app at the simulator", async () => {
    const ctx = await makeCtx(t.db, "admin", NOW);
    const code = ctx.companies[0]!.code;
    const result = await saveOfficialApi({ ctx, input: official() });
    expect(result).toMatchObject({ webhookRegistered: true, message: "API oficial salva e webhook registrado no simulador." });

    const account = await whatsappAccountFor(t.db, ctx.companyId);
    const row = await providerRow(account.officialAccountId);
    expect(row).toMatchObject({ provider: "meta", name: `WhatsApp oficial · ${code}`, baseUrl: meta.baseUrl });
    const stored = credentials(row);
    expect(stored).toMatchObject({ wabaId: "102290129340398", phoneNumberId: "106540352242922" });
    for (const key of ["token", "appSecret", "verifyToken"] as const) {
      expect(isEncrypted(stored[key]!)).toBe(true);
      expect(decryptSecret(stored[key]!)).toBe(SECRETS[key]);
    }
    expect(meta.state.apps).toMatchObject([{ wabaId: "102290129340398", callbackUrl: `${webhookUrl}/api/webhooks/whatsapp/${account.id}` }]);
    expect(verifications).toContain(`/api/webhooks/whatsapp/${account.id}`);

    const view = await getWhatsappSettings({ ctx });
    expect(view.official).toMatchObject({ configured: true, wabaId: "102290129340398", maskedToken: "••••••••0001", maskedAppSecret: "••••••••cdef" });
    expect(view.webhook.url).toBe(`${webhookUrl}/api/webhooks/whatsapp/${account.id}`);
    const page = JSON.stringify(view);
    for (const secret of Object.values(SECRETS)) expect(page).not.toContain(secret);

    const audits = await t.db.select().from(auditLog).where(eq(auditLog.entity, "whatsapp_official_api"));
    const logged = JSON.stringify(audits);
    for (const secret of Object.values(SECRETS)) expect(logged).not.toContain(secret);
    expect(logged).not.toContain("enc:v1:");
    expect(audits.at(-1)?.after).toMatchObject({ wabaId: "102290129340398", replacedCredentials: ["Token", "App secret", "Verify token"] });
  });

  it("a blank secret keeps the stored one while the ids change", async () => {
    const ctx = await makeCtx(t.db, "admin", NOW);
    await saveOfficialApi({ ctx, input: official({ wabaId: "200000000000001", phoneNumberId: "300000000000001" }) });
    const before = credentials(await providerRow((await whatsappAccountFor(t.db, ctx.companyId)).officialAccountId));
    await saveOfficialApi({ ctx, input: official({ wabaId: "200000000000002", phoneNumberId: "300000000000002", token: "", appSecret: "", verifyToken: "" }) });
    const after = credentials(await providerRow((await whatsappAccountFor(t.db, ctx.companyId)).officialAccountId));
    expect(after).toMatchObject({ wabaId: "200000000000002", token: before.token, appSecret: before.appSecret, verifyToken: before.verifyToken });
    await saveOfficialApi({ ctx, input: official({ wabaId: "200000000000002", phoneNumberId: "300000000000002", token: "EAAG-another-token-xyz-9999", appSecret: "", verifyToken: "" }) });
    const replaced = credentials(await providerRow((await whatsappAccountFor(t.db, ctx.companyId)).officialAccountId));
    expect(decryptSecret(replaced.token!)).toBe("EAAG-another-token-xyz-9999");
    expect(replaced.appSecret).toBe(before.appSecret);
  });

  it("keeps the save and reports why when the simulator cannot register the webhook", async () => {
    const refusedCtx = await makeCtx(t.db, "admin", NOW);
    webhookAnswers = false;
    const refusedResult = await saveOfficialApi({ ctx: refusedCtx, input: official({ wabaId: "400000000000001", phoneNumberId: "500000000000001" }) });
    expect(refusedResult.webhookRegistered).toBe(false);
    expect(refusedResult.message).toMatch(/^API oficial salva\. Webhook não registrado no simulador: .*HTTP 403/);

    process.env.META_GRAPH_URL = "http://127.0.0.1:9/v21.0";
    const closedCtx = await makeCtx(t.db, "admin", NOW);
    const closed = await saveOfficialApi({ ctx: closedCtx, input: official({ wabaId: "400000000000002", phoneNumberId: "500000000000002" }) });
    expect(closed).toMatchObject({ webhookRegistered: false, webhookError: expect.stringContaining("ECONNREFUSED") });
    expect((await whatsappAccountFor(t.db, closedCtx.companyId)).officialAccountId).not.toBeNull();

    delete process.env.APP_BASE_URL;
    const noBaseCtx = await makeCtx(t.db, "admin", NOW);
    const noBase = await saveOfficialApi({ ctx: noBaseCtx, input: official({ wabaId: "400000000000003", phoneNumberId: "500000000000003" }) });
    expect(noBase.webhookError).toMatch(/APP_BASE_URL/);
    expect((await getWhatsappSettings({ ctx: noBaseCtx })).webhook).toEqual({ url: null, note: expect.stringMatching(/APP_BASE_URL/) });
  });

  it.each([
    [{ wabaId: "12a45" }, "wabaId"],
    [{ phoneNumberId: "" }, "phoneNumberId"],
    [{ token: "curto" }, "token"],
    [{ appSecret: "tem espaço no meio 123" }, "appSecret"],
    [{ verifyToken: "1234567" }, "verifyToken"],
  ])("refuses %j on %s", (patch, field) => {
    const parsed = officialApiSchema.safeParse(official(patch));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path[0])).toEqual([field]);
  });

  it("accepts blank secrets in the form (kept by the service)", () => {
    expect(officialApiSchema.safeParse(official({ token: "", appSecret: " ", verifyToken: "" })).success).toBe(true);
  });
});

describe("API mode", () => {
  it("switching to the unofficial API turns the interactive menu off in the same save and says so", async () => {
    const ctx = await makeCtx(t.db, "admin", NOW);
    const account = await whatsappAccountFor(t.db, ctx.companyId);
    await t.db.update(whatsappAccounts).set({ interactiveMenu: true }).where(eq(whatsappAccounts.id, account.id));
    const result = await saveApiMode({ ctx, input: { apiMode: "unofficial" } });
    expect(result).toMatchObject({ interactiveMenuTurnedOff: true, message: expect.stringContaining("O menu interativo foi desativado: não é permitido na API não oficial.") });
    expect(await whatsappAccountFor(t.db, ctx.companyId)).toMatchObject({ apiMode: "unofficial", interactiveMenu: false });

    const back = await saveApiMode({ ctx, input: { apiMode: "official" } });
    expect(back).toMatchObject({ interactiveMenuTurnedOff: false, message: "API oficial (Meta) selecionada." });
    const again = await saveApiMode({ ctx, input: { apiMode: "unofficial" } });
    expect(again.message).not.toContain("menu interativo");
  });
});

describe("Agente de envio", () => {
  it("lands on the sending account of the active API, which must exist first", async () => {
    const ctx = await makeCtx(t.db, "admin", NOW);
    expect((await refusal(saveSendAgent({ ctx, input: { limitPerDay: 100, limitPerBatch: 5 } }))).message).toMatch(/API oficial/);
    await saveOfficialApi({ ctx, input: official({ wabaId: "600000000000001", phoneNumberId: "700000000000001" }) });
    await saveSendAgent({ ctx, input: sendAgentSchema.parse({ limitPerDay: "100", limitPerBatch: "5" }) });
    let account = await whatsappAccountFor(t.db, ctx.companyId);
    expect(await providerRow(account.officialAccountId)).toMatchObject({ limitPerDay: 100, limitPerBatch: 5 });
    await saveSendAgent({ ctx, input: sendAgentSchema.parse({ limitPerDay: "", limitPerBatch: "20" }) });
    expect(await providerRow(account.officialAccountId)).toMatchObject({ limitPerDay: null, limitPerBatch: 20 });
    expect((await getWhatsappSettings({ ctx })).sendAgent).toMatchObject({ mode: "official", ready: true, limitPerDay: null, limitPerBatch: 20 });

    await saveApiMode({ ctx, input: { apiMode: "unofficial" } });
    expect((await refusal(saveSendAgent({ ctx, input: { limitPerDay: 10, limitPerBatch: 2 } }))).message).toMatch(/PlugMessage/);
    await connectPlugMessage({ ctx, input: { token: "" } });
    await saveSendAgent({ ctx, input: { limitPerDay: 10, limitPerBatch: 2 } });
    account = await whatsappAccountFor(t.db, ctx.companyId);
    expect(await providerRow(account.unofficialAccountId)).toMatchObject({ provider: "plugmessage", limitPerDay: 10, limitPerBatch: 2 });
    expect(await providerRow(account.officialAccountId)).toMatchObject({ limitPerDay: null, limitPerBatch: 20 });
  });

  it.each([
    [{ limitPerDay: "", limitPerBatch: "5" }, { limitPerDay: null, limitPerBatch: 5 }],
    [{ limitPerDay: "1000000", limitPerBatch: "10000" }, { limitPerDay: 1_000_000, limitPerBatch: 10_000 }],
    [{ limitPerDay: 250, limitPerBatch: 1 }, { limitPerDay: 250, limitPerBatch: 1 }],
  ])("accepts %j", (input, expected) => {
    expect(sendAgentSchema.parse(input)).toEqual(expected);
  });

  it.each([
    [{ limitPerDay: "0", limitPerBatch: "5" }, "limitPerDay"],
    [{ limitPerDay: "1000001", limitPerBatch: "5" }, "limitPerDay"],
    [{ limitPerDay: "1,5", limitPerBatch: "5" }, "limitPerDay"],
    [{ limitPerDay: "", limitPerBatch: "" }, "limitPerBatch"],
    [{ limitPerDay: "", limitPerBatch: "10001" }, "limitPerBatch"],
    [{ limitPerDay: "", limitPerBatch: "-3" }, "limitPerBatch"],
  ])("refuses %j on %s", (input, field) => {
    const parsed = sendAgentSchema.safeParse(input);
    expect(parsed.error?.issues.map((i) => i.path[0])).toEqual([field]);
  });
});

describe("plugSessionState", () => {
  const session = (connectedOffset: number | null, expiresOffset: number | null, sessionId: string | null = "ses_1") => ({
    plugSessionId: sessionId,
    plugConnectedAt: connectedOffset === null ? null : at(connectedOffset),
    plugExpiresAt: expiresOffset === null ? null : at(expiresOffset),
  });
  it.each([
    ["no session", "never", session(null, null, null), undefined],
    ["QR shown, not read", "waiting_qr", session(null, null), undefined],
    ["read today", "connected", session(0, 15 * DAY), undefined],
    ["4 days left", "connected", session(-11 * DAY, 4 * DAY), undefined],
    ["3 days left", "expiring", session(-12 * DAY, 3 * DAY), "A sessão expira em 3 dias: leia o QR code novamente"],
    ["1 hour left", "expiring", session(-15 * DAY, 60 * 60 * 1000), "A sessão expira em 1 dia: leia o QR code novamente"],
    ["expired right now", "expired", session(-15 * DAY, 0), undefined],
    ["expired a day ago", "expired", session(-16 * DAY, -DAY), undefined],
  ])("%s ⇒ %s", (_, state, account, message) => {
    const result = plugSessionState(account, new Date(NOW));
    expect(result.state).toBe(state);
    if (message) expect(result.message).toBe(message);
    if (state === "expired") expect(result.message).toMatch(/^Desconectado/);
  });
});

describe("PlugMessage session", () => {
  const withClock = (ctx: Ctx, iso: string): Ctx => ({ ...ctx, clock: fixedClock(iso) });

  it("connect shows a QR; the phone reads it; the session is valid 15 days, warned from 3 days before, and expired after", async () => {
    plug.state.reset();
    const ctx = await makeCtx(t.db, "admin", NOW);
    const connected = await connectPlugMessage({ ctx, input: { token: "" } });
    expect(connected).toMatchObject({ state: "waiting_qr", qrSvg: expect.stringContaining("<svg") });
    const account = await whatsappAccountFor(t.db, ctx.companyId);
    const row = await providerRow(account.unofficialAccountId);
    expect(row).toMatchObject({ provider: "plugmessage", name: `WhatsApp não oficial · ${ctx.companies[0]!.code}`, baseUrl: plug.baseUrl });
    expect(isEncrypted(credentials(row).token!)).toBe(true);
    expect(account.plugSessionId).toBe(connected.sessionId);

    expect(await refreshPlugMessageStatus({ ctx })).toMatchObject({ state: "waiting_qr", qrSvg: expect.stringContaining("<svg") });
    expect(await simulatePlugScan({ ctx, input: { phone: "" } })).toMatchObject({ state: "connected", expiresAt: at(15 * DAY).toISOString(), qrSvg: null });
    const live = await whatsappAccountFor(t.db, ctx.companyId);
    expect(live).toMatchObject({ plugConnectedAt: new Date(NOW), plugExpiresAt: at(15 * DAY) });
    expect(credentials(await providerRow(live.unofficialAccountId)).sessionId).toBe(connected.sessionId);

    expect((await getWhatsappSettings({ ctx: withClock(ctx, at(12 * DAY).toISOString()) })).plug.status)
      .toMatchObject({ state: "expiring", message: "A sessão expira em 3 dias: leia o QR code novamente" });

    await fetch(`${plug.baseUrl}/_sandbox/clock`, { method: "POST", body: JSON.stringify({ offsetMs: 16 * DAY }) });
    const expired = await refreshPlugMessageStatus({ ctx });
    expect(expired).toMatchObject({ state: "expired", message: expect.stringMatching(/^Desconectado/) });
    expect((await getWhatsappSettings({ ctx })).plug.status.state).toBe("expired");
  });

  it("a scan without a QR on screen is refused; disconnect ends the session here and at PlugMessage", async () => {
    plug.state.reset();
    const ctx = await makeCtx(t.db, "admin", NOW);
    expect((await refusal(simulatePlugScan({ ctx, input: { phone: "" } }))).message).toMatch(/Conectar-se ao PlugMessage/);
    const { sessionId } = await connectPlugMessage({ ctx, input: { token: "meu-token-plug" } });
    await simulatePlugScan({ ctx, input: { phone: "(11) 99999-0300" } });
    expect(plug.state.sessions.get(sessionId)).toMatchObject({ status: "connected", phone: "+5511999990300", token: "meu-token-plug" });

    const result = await disconnectPlugMessage({ ctx });
    expect(result).toMatchObject({ state: "never", message: "PlugMessage desconectado." });
    expect(plug.state.sessions.get(sessionId)?.status).toBe("disconnected");
    const account = await whatsappAccountFor(t.db, ctx.companyId);
    expect(account).toMatchObject({ plugSessionId: null, plugConnectedAt: null, plugExpiresAt: null });
    expect(credentials(await providerRow(account.unofficialAccountId)).sessionId).toBeUndefined();
  });

  it("against the real PlugMessage the token must be typed; a refused token is not stored", async () => {
    const ctx = await makeCtx(t.db, "admin", NOW);
    process.env.PLUGMESSAGE_BASE_URL = "https://api.plugmessage.com.br";
    const error = await refusal(connectPlugMessage({ ctx, input: { token: "" } }));
    expect(error.fieldErrors.token?.[0]).toBe("Informe o token do PlugMessage.");
    expect((await whatsappAccountFor(t.db, ctx.companyId)).unofficialAccountId).toBeNull();
  });
});
