import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createRdConversasAdapter } from "../lib/providers/rdconversas/adapter";
import { classifyRd, parseRetryAfter, type RdOutcome } from "../lib/providers/rdconversas/classify";
import { RD_SANDBOX_TOKEN, RD_SEED_TEMPLATES } from "../lib/providers/rdconversas/simulator-seed";
import { createRdSimulatorState, handleRdRequest } from "../lib/providers/rdconversas/simulator";
import { startRdSimulatorServer } from "../lib/providers/rdconversas/simulator-server";
import { createAdapter } from "../lib/providers/registry";
import type { ProviderAdapter } from "../lib/providers/types";

const [BOLETO, , SHIPPED] = RD_SEED_TEMPLATES as [typeof RD_SEED_TEMPLATES[number], unknown, typeof RD_SEED_TEMPLATES[number]];
const CUSTOMER = "+5511987654321";

let sim: Awaited<ReturnType<typeof startRdSimulatorServer>>;
let rd: ProviderAdapter;
const adapterWith = (overrides: { token?: string; timeoutMs?: number; baseUrl?: string } = {}) => createAdapter({
  provider: "rdconversas", baseUrl: overrides.baseUrl ?? sim.baseUrl, credentials: { token: overrides.token ?? RD_SANDBOX_TOKEN },
  timeoutMs: overrides.timeoutMs ?? 2_000,
});

beforeAll(async () => {
  sim = await startRdSimulatorServer({ state: createRdSimulatorState({ seed: 42, holdMs: 3_000 }) });
  rd = adapterWith();
});
afterAll(() => sim.close());
beforeEach(() => sim.state.reset());

describe("RD Conversas adapter against the loopback simulator", () => {
  it("lists the account's chips and its templates with their variable counts", async () => {
    const chips = await rd.listChannels();
    expect(chips).toMatchObject({ ok: true, items: [{ number: "+55 11 99999-0001", name: "Cobrança" }, { number: "+55 11 99999-0002" }] });
    const templates = await rd.listTemplates();
    if (!templates.ok) throw new Error(templates.message);
    expect(templates.items).toHaveLength(5);
    expect(templates.items.find((t) => t.name === "lembrete_vencimento_boleto")).toMatchObject({ id: BOLETO._id, variableCount: 4, status: "APPROVED" });
  });

  it("falls back to /v2/template/all when /v2/templates answers 404", async () => {
    const legacyOnly = createServer((req, res) => {
      if (req.url === "/v2/templates") { res.writeHead(404).end(); return; }
      void (async () => {
        const answer = await handleRdRequest(sim.state, new Request(`http://x${req.url}`, { headers: { authorization: req.headers.authorization ?? "" } }));
        res.writeHead(answer.status, { "content-type": "application/json" }).end(await answer.text());
      })();
    });
    await new Promise<void>((resolve) => legacyOnly.listen(0, "127.0.0.1", resolve));
    try {
      const port = (legacyOnly.address() as AddressInfo).port;
      const result = await adapterWith({ baseUrl: `http://127.0.0.1:${port}` }).listTemplates();
      expect(result).toMatchObject({ ok: true });
      expect(result.ok && result.items).toHaveLength(5);
    } finally {
      await new Promise((resolve) => legacyOnly.close(resolve));
    }
  });

  it("creates a contact and gets its 24-hex id back; the same number answers the same contact", async () => {
    const chips = await rd.listChannels();
    const channelId = chips.ok ? chips.items[0]!.id : "";
    const first = await rd.createContact({ name: "Ana Souza", phone: "(11) 98765-4321", channelId });
    expect(first).toMatchObject({ ok: true, providerId: expect.stringMatching(/^[0-9a-f]{24}$/) });
    const again = await rd.createContact({ name: "Ana Souza", phone: CUSTOMER, channelId });
    expect(again.ok && first.ok && again.providerId).toBe(first.ok && first.providerId);
    expect(await rd.createContact({ name: "Ana", phone: CUSTOMER, channelId: "000000000000000000000000" }))
      .toMatchObject({ ok: false, code: "312", retryable: false, message: expect.stringContaining("Integração") });
  });

  it("delivers a template to the customer's inbox rendered with its variables, and counts each delivery", async () => {
    const variables = ["Ana", "R$ 150,00", "10/12/2026", "23793.38128 60000.000003 00000.000400 1 99990000015000"];
    const sent = await rd.sendTemplate({ to: CUSTOMER, templateId: BOLETO._id, variables });
    expect(sent).toMatchObject({ ok: true, providerId: expect.stringMatching(/^[0-9a-f]{24}$/), httpStatus: 201 });
    const [message] = sim.state.inbox.get(CUSTOMER) ?? [];
    expect(message).toMatchObject({
      id: sent.ok ? sent.providerId : "", templateName: "lembrete_vencimento_boleto",
      text: "Olá, Ana! Lembramos que o boleto de R$ 150,00 vence em 10/12/2026. Linha digitável: 23793.38128 60000.000003 00000.000400 1 99990000015000. Se você já pagou, desconsidere esta mensagem.",
    });
    expect(sim.state.deliveryCount(CUSTOMER, BOLETO._id, variables)).toBe(1);
    expect(sim.state.duplicates()).toEqual([]);

    await rd.sendTemplate({ to: CUSTOMER, templateId: BOLETO._id, variables });
    expect(sim.state.deliveryCount("11987654321", BOLETO._id, variables)).toBe(2);
    expect(sim.state.duplicates()).toEqual([{ phone: CUSTOMER, templateId: BOLETO._id, variables, count: 2 }]);
  });

  it("refuses a wrong variable count or an unknown template as a permanent 308", async () => {
    expect(await rd.sendTemplate({ to: CUSTOMER, templateId: SHIPPED._id, variables: ["Ana"] }))
      .toMatchObject({ ok: false, code: "308", retryable: false });
    expect(await rd.sendTemplate({ to: CUSTOMER, templateId: "ffffffffffffffffffffffff", variables: [] }))
      .toMatchObject({ ok: false, code: "308", retryable: false, message: expect.stringContaining("Template") });
    expect(sim.state.delivered).toBe(0);
  });

  it("an invalid token is a permanent 401, whether the token is wrong or the fault is injected", async () => {
    const wrong = await adapterWith({ token: "token-errado" }).sendTemplate({ to: CUSTOMER, templateId: SHIPPED._id, variables: ["Ana", "1", "BR1"] });
    expect(wrong).toMatchObject({ ok: false, code: "401", retryable: false, message: "Token do RD Conversas inválido", httpStatus: 401 });
    sim.state.setFaults({ invalidToken: true });
    expect(await rd.listChannels()).toMatchObject({ ok: false, code: "401", retryable: false });
    expect(sim.state.delivered).toBe(0);
  });

  it("a number set to always fail gets a permanent 301 and nothing reaches the inbox", async () => {
    expect(sim.state.setFaults({ failingNumbers: ["11987654321"] })).toMatchObject({ ok: true });
    const result = await rd.sendTemplate({ to: CUSTOMER, templateId: SHIPPED._id, variables: ["Ana", "1", "BR1"] });
    expect(result).toMatchObject({ ok: false, code: "301", retryable: false, message: expect.stringContaining("Número de WhatsApp inválido") });
    expect(sim.state.inbox.size).toBe(0);
  });

  it("classifies injected 5xx and 429 as transient, with the 429's Retry-After", async () => {
    sim.state.setFaults({ share5xx: 1 });
    expect(await rd.sendTemplate({ to: CUSTOMER, templateId: SHIPPED._id, variables: ["Ana", "1", "BR1"] }))
      .toMatchObject({ ok: false, code: "http_5xx", retryable: true, httpStatus: 503 });
    sim.state.setFaults({ share5xx: 0, share429: 1, retryAfterSeconds: 7 });
    expect(await rd.listTemplates()).toMatchObject({ ok: false, code: "429", retryable: true, retryAfterMs: 7_000 });
    expect(sim.state.delivered).toBe(0);
  });

  it("a timeout is transient but not 'never left', and the held message is not delivered", async () => {
    sim.state.setFaults({ shareTimeout: 1 });
    const result = await adapterWith({ timeoutMs: 300 }).sendTemplate({ to: CUSTOMER, templateId: SHIPPED._id, variables: ["Ana", "1", "BR1"] });
    expect(result).toMatchObject({ ok: false, code: "timeout", retryable: true });
    expect(result.ok === false && result.neverLeft).toBeFalsy();
    expect(sim.state.delivered).toBe(0);
  });

  it("a refused connection is transient and provably never left", async () => {
    const closed = await startRdSimulatorServer();
    await closed.close();
    const result = await adapterWith({ baseUrl: closed.baseUrl }).sendTemplate({ to: CUSTOMER, templateId: SHIPPED._id, variables: ["Ana", "1", "BR1"] });
    expect(result).toMatchObject({ ok: false, code: "network", retryable: true, neverLeft: true });
  });

  it("refuses free text and foreign numbers without calling the provider", async () => {
    expect(await rd.sendText({ to: CUSTOMER, text: "Oi" })).toMatchObject({ ok: false, code: "unsupported", retryable: false });
    expect(await rd.sendTemplate({ to: "+14155550123", templateId: SHIPPED._id, variables: ["Ana", "1", "BR1"] }))
      .toMatchObject({ ok: false, code: "invalid_phone", retryable: false, message: expect.stringContaining("+55") });
    expect(sim.state.requests).toBe(0);
  });

  it("an account without a token is a permanent failure, not a call", async () => {
    const noToken = createRdConversasAdapter({ provider: "rdconversas", baseUrl: sim.baseUrl, credentials: {} });
    expect(await noToken.listChannels()).toMatchObject({ ok: false, code: "missing_token", retryable: false });
  });
});

describe("RD Conversas simulator", () => {
  it("draws faults from its seeded RNG: the same seed fails the same requests", async () => {
    const outcomes = async () => {
      const state = createRdSimulatorState({ seed: 7 });
      state.setFaults({ share5xx: 0.5 });
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++) {
        const response = await handleRdRequest(state, new Request("http://sim/v2/templates", { headers: { authorization: `Bearer ${RD_SANDBOX_TOKEN}` } }));
        statuses.push(response.status);
      }
      return statuses;
    };
    const first = await outcomes();
    expect(first).toEqual(await outcomes());
    expect(first).toContain(503);
    expect(first).toContain(200);
  });

  it("answers its control API under a mount path: faults, refusals, inbox by phone and reset", async () => {
    const state = createRdSimulatorState();
    const call = (method: string, path: string, body?: unknown) => handleRdRequest(state,
      new Request(`http://app/api/sandbox/rdconversas${path}`, { method, body: body ? JSON.stringify(body) : undefined,
        headers: { authorization: `Bearer ${RD_SANDBOX_TOKEN}`, "content-type": "application/json" } }),
      { basePath: "/api/sandbox/rdconversas" });

    expect((await call("POST", "/_sandbox/faults", { share5xx: 0.7, share429: 0.5 })).status).toBe(400);
    expect((await call("POST", "/_sandbox/faults", { failingNumbers: ["abc"] })).status).toBe(400);
    expect(await (await call("POST", "/_sandbox/faults", { latencyMs: 0, share429: 0 })).json()).toMatchObject({ faults: { share429: 0 } });

    const sent = await call("POST", "/v3/messages/template/send",
      { recipient_number: "21999998888", country_code: "55", template_message_id: SHIPPED._id, sent_by: "", variables: ["Bia", "#77", "BR77"] });
    expect(sent.status).toBe(201);
    const inbox = await (await call("GET", "/_sandbox/inbox?phone=21999998888")).json();
    expect(inbox).toMatchObject({
      phones: [{ phone: "+5521999998888", count: 1 }],
      messages: [{ text: "Bia, seu pedido #77 foi enviado! Acompanhe a entrega com o código de rastreio BR77.", templateName: "pedido_enviado" }],
    });
    expect(await (await call("GET", "/_sandbox/state")).json()).toMatchObject({ delivered: 1, duplicates: 0, phones: 1 });

    expect((await call("POST", "/_sandbox/tokens", { token: "outro-token" })).status).toBe(200);
    expect(state.tokens.has("outro-token")).toBe(true);
    await call("POST", "/_sandbox/reset");
    expect(await (await call("GET", "/_sandbox/state")).json()).toMatchObject({ delivered: 0, phones: 0 });
    expect(state.tokens.has("outro-token")).toBe(false);
  });
});

describe("classifyRd", () => {
  const now = new Date("2026-11-23T12:00:00Z");
  const response = (status: number, body: unknown = null, retryAfter?: string): RdOutcome => ({ kind: "response", status, body, retryAfter, now });
  const netError = (...codes: string[]) => {
    const cause = codes.length === 1 ? Object.assign(new Error(codes[0]), { code: codes[0] })
      : new AggregateError(codes.map((code) => Object.assign(new Error(code), { code })));
    return { kind: "error", error: new TypeError("fetch failed", { cause }) } as RdOutcome;
  };

  it.each<[string, RdOutcome, Record<string, unknown> | null]>([
    ["201 with an id", response(201, { data: { _id: "abc" } }), null],
    ["200 listing", response(200, { data: [] }), null],
    ["401", response(401, { message: "Unauthorized" }), { code: "401", retryable: false, message: "Token do RD Conversas inválido" }],
    ["429 with seconds", response(429, null, "30"), { code: "429", retryable: true, retryAfterMs: 30_000 }],
    ["429 with an HTTP date", response(429, null, "Mon, 23 Nov 2026 12:01:00 GMT"), { code: "429", retryable: true, retryAfterMs: 60_000 }],
    ["429 without Retry-After", response(429), { code: "429", retryable: true, retryAfterMs: undefined }],
    ["500", response(500), { code: "http_5xx", retryable: true, httpStatus: 500 }],
    ["503 even with a business body", response(503, { code: 301 }), { code: "http_5xx", retryable: true }],
    ["301 invalid number", response(400, { code: 301, message: "Invalid number" }), { code: "301", retryable: false, message: "Número de WhatsApp inválido no RD Conversas (Invalid number)" }],
    ["308 invalid template", response(422, { code: "308" }), { code: "308", retryable: false, message: "Template inválido ou não aprovado no RD Conversas" }],
    ["312 invalid integration", response(400, { code: 312 }), { code: "312", retryable: false }],
    ["business code inside a 200", response(200, { code: 301 }), { code: "301", retryable: false }],
    ["blacklist", response(400, { message: "Contact is in blacklist" }), { code: "blacklist", retryable: false }],
    ["other 4xx with a code", response(400, { code: "E42", message: "bad" }), { code: "E42", retryable: false, httpStatus: 400 }],
    ["other 4xx without a body", response(404), { code: "http_404", retryable: false, httpStatus: 404 }],
    ["timeout", { kind: "error", error: new DOMException("The operation was aborted due to timeout", "TimeoutError") }, { code: "timeout", retryable: true, neverLeft: undefined }],
    ["abort", { kind: "error", error: new DOMException("aborted", "AbortError") }, { code: "timeout", retryable: true, neverLeft: undefined }],
    ["connection refused", netError("ECONNREFUSED"), { code: "network", retryable: true, neverLeft: true }],
    ["DNS failure", netError("ENOTFOUND"), { code: "network", retryable: true, neverLeft: true }],
    ["refused on IPv4 and IPv6", netError("ECONNREFUSED", "ECONNREFUSED"), { code: "network", retryable: true, neverLeft: true }],
    ["connection reset mid-request", netError("ECONNRESET"), { code: "network", retryable: true, neverLeft: undefined }],
    ["unknown error", { kind: "error", error: new Error("boom") }, { code: "network", retryable: true, neverLeft: undefined }],
  ])("%s", (_, outcome, expected) => {
    const failure = classifyRd(outcome);
    if (expected === null) return expect(failure).toBeNull();
    expect(failure?.ok).toBe(false);
    // Key by key, so an expected `undefined` (e.g. neverLeft) must really be absent.
    for (const [key, value] of Object.entries(expected)) expect(failure?.[key as keyof typeof failure], key).toEqual(value);
  });

  it.each<[string | null, number | undefined]>([
    ["0", 0], ["120", 120_000], [" 5 ", 5_000], ["Mon, 23 Nov 2026 11:59:00 GMT", 0], ["soon", undefined], [null, undefined], ["", undefined],
  ])("Retry-After %j → %j ms", (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms);
  });
});
