import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createMetaAdapter } from "../lib/providers/meta/adapter";
import { classifyMeta, metaErrorMessage } from "../lib/providers/meta/classify";
import { createMetaTemplate, deleteMetaTemplate, editMetaTemplate, listMetaTemplates } from "../lib/providers/meta/client";
import type { MetaConnection } from "../lib/providers/meta/graph-call";
import { signPayload, verifySignature } from "../lib/providers/meta/signature";
import { registerMetaSimulatorApp } from "../lib/providers/meta/sandbox-client";
import { createMetaSimulatorState, handleMetaRequest } from "../lib/providers/meta/simulator";
import { startMetaSimulatorServer } from "../lib/providers/meta/simulator-server";
import type { MetaStatus, MetaWebhookPayload } from "../lib/providers/meta/wire";
import { createAdapter } from "../lib/providers/registry";
import { META_SANDBOX_BASE_PATH, metaSandboxState } from "../lib/providers/meta/sandbox-state";
import { registerMetaApp } from "../lib/providers/meta/simulator-control";
import { rdSandboxState } from "../lib/providers/rdconversas/sandbox-state";
import { RD_SEED_TEMPLATES } from "../lib/providers/rdconversas/simulator-seed";
import { listSandboxInbox } from "../lib/sandbox/list-sandbox-inbox";
import { getMetaSandboxOverview } from "../lib/sandbox/meta/get-meta-sandbox-overview";
import { resetMetaSandbox } from "../lib/sandbox/meta/reset-meta-sandbox";
import { reviewMetaSandboxTemplate } from "../lib/sandbox/meta/review-meta-sandbox-template";
import { metaSandboxCustomerMessageSchema, metaSandboxReviewRulesSchema, metaSandboxStatusOptionsSchema } from "../lib/sandbox/meta/schemas";
import { sendMetaSandboxCustomerMessage } from "../lib/sandbox/meta/send-meta-sandbox-customer-message";
import { setMetaSandboxReviewRules } from "../lib/sandbox/meta/set-meta-sandbox-review-rules";
import { setMetaSandboxStatusOptions } from "../lib/sandbox/meta/set-meta-sandbox-status-options";

const WABA = "102290129340398";
const PHONE_ID = "106540352242922";
const TOKEN = "EAAG-sandbox-token";
const SECRET = "app-secret-123";
const VERIFY = "verify-me";
const CUSTOMER = "+5511987654321";
const DRAFT = { name: "lembrete_boleto", category: "UTILITY" as const, body: "Olá, {{1}}! Seu boleto de {{2}} vence amanhã.", examples: ["Maria", "R$ 10,00"] };

type Received = { raw: string; signature: string | undefined; payload: MetaWebhookPayload };

/** Our webhook as Meta sees it: answers the hub.challenge when the verify token matches and records signed POSTs. */
function startReceiver() {
  const received: Received[] = [];
  const receiver = { received, echo: "challenge" as "challenge" | "wrong", postStatus: 200, url: "", server: undefined as Server | undefined };
  receiver.server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    if (req.method === "GET") {
      if (url.searchParams.get("hub.verify_token") !== VERIFY || url.searchParams.get("hub.mode") !== "subscribe") { res.writeHead(403).end("forbidden"); return; }
      res.writeHead(200).end(receiver.echo === "challenge" ? url.searchParams.get("hub.challenge") ?? "" : "nope");
      return;
    }
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      received.push({ raw, signature: req.headers["x-hub-signature-256"] as string | undefined, payload: JSON.parse(raw) as MetaWebhookPayload });
      res.writeHead(receiver.postStatus).end();
    });
  });
  return receiver;
}

let clock = Date.UTC(2026, 4, 10, 12, 0, 0);
let sim: Awaited<ReturnType<typeof startMetaSimulatorServer>>;
const receiver = startReceiver();
let connection: MetaConnection;

const control = async (path: string, body?: unknown, method = "POST") => {
  const response = await fetch(`${sim.root}/_sandbox/${path}`, {
    method, headers: { "content-type": "application/json" }, ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: await response.json() as Record<string, unknown> };
};
const appInput = () => ({ wabaId: WABA, phoneNumberId: PHONE_ID, token: TOKEN, appSecret: SECRET, verifyToken: VERIFY, callbackUrl: receiver.url });
const adapter = (overrides: { token?: string; timeoutMs?: number } = {}) => createAdapter({
  provider: "meta", baseUrl: sim.baseUrl, timeoutMs: overrides.timeoutMs ?? 2_000,
  credentials: { token: overrides.token ?? TOKEN, wabaId: WABA, phoneNumberId: PHONE_ID },
});
const changesOf = (field: string) => receiver.received.flatMap((r) => r.payload.entry.flatMap((e) => e.changes)).filter((c) => c.field === field);
const statusesOf = () => changesOf("messages").flatMap((c) => (c.value as { statuses?: MetaStatus[] }).statuses ?? []);

async function approved(name = DRAFT.name, body = DRAFT.body, examples = DRAFT.examples) {
  await control("review-rules", { autoReviewMs: 0 });
  const created = await createMetaTemplate(connection, { ...DRAFT, name, body, examples });
  await sim.state.idle();
  return created;
}

beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.server!.listen(0, "127.0.0.1", resolve));
  receiver.url = `http://127.0.0.1:${(receiver.server!.address() as AddressInfo).port}/webhook`;
  sim = await startMetaSimulatorServer({
    state: createMetaSimulatorState({ seed: 7, holdMs: 3_000, now: () => new Date(clock), statusDelaysMs: { sent: 1, delivered: 4, read: 8 } }),
  });
  connection = { baseUrl: sim.baseUrl, token: TOKEN, wabaId: WABA, phoneNumberId: PHONE_ID, timeoutMs: 2_000 };
});
afterAll(async () => {
  await sim.close();
  await new Promise((resolve) => receiver.server!.close(resolve));
});
beforeEach(async () => {
  sim.state.reset();
  receiver.received.length = 0;
  receiver.echo = "challenge";
  receiver.postStatus = 200;
  expect(await registerMetaSimulatorApp(sim.baseUrl, appInput())).toEqual({ ok: true });
});

describe("app registration (webhook verification)", () => {
  it("refuses a callback that does not echo hub.challenge or rejects the verify token, and keeps the previous app", async () => {
    receiver.echo = "wrong";
    const wrongEcho = await control("apps", { ...appInput(), token: "other" });
    expect(wrongEcho).toMatchObject({ status: 400, body: { errors: { callbackUrl: ["O endereço do webhook não devolveu o hub.challenge na verificação."] } } });
    receiver.echo = "challenge";
    const wrongToken = await registerMetaSimulatorApp(sim.baseUrl, { ...appInput(), verifyToken: "not-it" });
    expect(wrongToken).toMatchObject({ ok: false, field: "callbackUrl", message: expect.stringContaining("HTTP 403") });
    expect(await adapter().listChannels()).toMatchObject({ ok: true, items: [{ id: PHONE_ID }] });
    expect((await createMetaTemplate(connection, DRAFT)).ok).toBe(true);
  });

  it("re-registering the WABA replaces its token; secrets are masked in the state", async () => {
    expect((await control("apps", { ...appInput(), token: "EAAG-new-token-xyz" })).status).toBe(200);
    expect(await createMetaTemplate(connection, DRAFT)).toMatchObject({ ok: false, code: "190", retryable: false });
    const state = await control("state", undefined, "GET");
    expect(state.body.apps).toEqual([expect.objectContaining({ wabaId: WABA, token: "••••••••-xyz", appSecret: "••••••••-123" })]);
  });

  it.each([
    ["a non-numeric WABA id", { wabaId: "abc" }, "wabaId"],
    ["a callback that is not a URL", { callbackUrl: "webhook" }, "callbackUrl"],
    ["a blank app secret", { appSecret: " " }, "appSecret"],
  ])("refuses %s on the field", async (_, patch, field) => {
    const answer = await control("apps", { ...appInput(), ...patch });
    expect(answer.status).toBe(400);
    expect(Object.keys(answer.body.errors as object)).toContain(field);
  });
});

describe("template management against the simulator", () => {
  it("creates a template as PENDING, lists it with its examples and refuses the same name and language", async () => {
    const created = await createMetaTemplate(connection, DRAFT);
    expect(created).toMatchObject({ ok: true, status: "PENDING", category: "UTILITY" });
    const listed = await listMetaTemplates(connection);
    expect(listed).toMatchObject({ ok: true, items: [{ name: DRAFT.name, language: "pt_BR", status: "PENDING", body: DRAFT.body, examples: DRAFT.examples, variableCount: 2 }] });
    expect(await createMetaTemplate(connection, DRAFT)).toMatchObject({
      ok: false, code: "100", retryable: false, message: "Já existe um modelo com este nome neste idioma na Meta (100/2388024)",
    });
    expect((await createMetaTemplate(connection, { ...DRAFT, language: "en_US" })).ok).toBe(true);
  });

  it.each([
    ["an uppercase name", { name: "Lembrete" }, "name"],
    ["a name with a space", { name: "lembrete boleto" }, "name"],
    ["a body over 1024 characters", { body: "x".repeat(1025), examples: [] }, "1024"],
    ["fewer examples than variables", { examples: ["Maria"] }, "example count (1)"],
    ["a gap in the variables", { body: "Oi {{1}}, {{3}}", examples: ["a", "b"] }, "sequential"],
    ["a {{0}} variable", { body: "Oi {{0}}", examples: ["a"] }, "sequential"],
  ])("refuses %s with code 100 and Meta's detail", async (_, patch, detail) => {
    const result = await createMetaTemplate(connection, { ...DRAFT, ...patch });
    expect(result).toMatchObject({ ok: false, code: "100", retryable: false });
    expect(!result.ok && result.message).toContain(detail);
  });

  it("pages through a long list", async () => {
    for (let i = 0; i < 105; i += 1) sim.state.templates.set(String(9000 + i), {
      id: String(9000 + i), wabaId: WABA, name: `modelo_${i}`, language: "pt_BR", category: "MARKETING", status: "APPROVED",
      body: "Oi", examples: [], createdAt: new Date(clock), updatedAt: new Date(clock), revision: 1,
    });
    const listed = await listMetaTemplates(connection);
    expect(listed.ok && listed.items.length).toBe(105);
    expect(listed.ok && new Set(listed.items.map((t) => t.name)).size).toBe(105);
  });

  it("edits a rejected template back to PENDING and deletes by name; an unknown name is refused", async () => {
    await control("review-rules", { autoReviewMs: null });
    const created = await createMetaTemplate(connection, DRAFT);
    if (!created.ok) throw new Error(created.message);
    expect(await editMetaTemplate(connection, { templateId: created.id, body: "Oi {{1}}", examples: ["Ana"] })).toMatchObject({ ok: false, code: "100" });
    expect((await control(`templates/${created.id}/review`, { decision: "REJECTED", reason: "INCORRECT_CATEGORY" })).status).toBe(200);
    expect(await listMetaTemplates(connection)).toMatchObject({ ok: true, items: [{ status: "REJECTED", rejectedReason: "INCORRECT_CATEGORY" }] });
    expect(await editMetaTemplate(connection, { templateId: created.id, body: "Oi {{1}}, tudo bem?", examples: ["Ana"], category: "MARKETING" })).toEqual({ ok: true });
    const after = await listMetaTemplates(connection);
    expect(after).toMatchObject({ ok: true, items: [{ status: "PENDING", body: "Oi {{1}}, tudo bem?", category: "MARKETING" }] });
    expect(after.ok && after.items[0]!.rejectedReason).toBeUndefined();
    expect(await deleteMetaTemplate(connection, { name: DRAFT.name })).toEqual({ ok: true });
    expect(await listMetaTemplates(connection)).toMatchObject({ ok: true, items: [] });
    expect(await deleteMetaTemplate(connection, { name: DRAFT.name })).toMatchObject({ ok: false, code: "100", retryable: false });
  });
});

describe("template review and its signed webhooks", () => {
  it("auto-approves after the delay, or rejects a body with a reject word (any case and accent) as ABUSIVE_CONTENT", async () => {
    await control("review-rules", { autoReviewMs: 5, rejectWords: ["proibido", "golpe"] });
    const ok = await createMetaTemplate(connection, DRAFT);
    const bad = await createMetaTemplate(connection, { ...DRAFT, name: "oferta", body: "Conteúdo PROIBÍDO para {{1}} e {{2}}" });
    expect([ok, bad]).toMatchObject([{ ok: true, status: "PENDING" }, { ok: true, status: "PENDING" }]);
    await sim.state.idle();
    const updates = changesOf("message_template_status_update").map((c) => c.value);
    expect(updates).toEqual(expect.arrayContaining([
      { event: "APPROVED", message_template_id: Number(ok.ok && ok.id), message_template_name: DRAFT.name, message_template_language: "pt_BR", reason: "NONE" },
      { event: "REJECTED", message_template_id: Number(bad.ok && bad.id), message_template_name: "oferta", message_template_language: "pt_BR", reason: "ABUSIVE_CONTENT" },
    ]));
    for (const r of receiver.received) {
      expect(r.signature).toBe(signPayload(r.raw, SECRET));
      expect(verifySignature(r.raw, r.signature, SECRET)).toBe(true);
      expect(r.payload).toMatchObject({ object: "whatsapp_business_account", entry: [{ id: WABA }] });
    }
    expect(sim.state.deliveries.filter((d) => d.kind === "template_status").map((d) => d.httpStatus)).toEqual([200, 200]);
  });

  it("with manual review only, stays PENDING until the sandbox decides, then posts that decision", async () => {
    await control("review-rules", { autoReviewMs: null });
    const created = await createMetaTemplate(connection, DRAFT);
    await sim.state.idle();
    expect(changesOf("message_template_status_update")).toHaveLength(0);
    const id = created.ok ? created.id : "";
    expect(await control(`templates/${id}/review`, { decision: "PAUSED" })).toMatchObject({ status: 200, body: { status: "PAUSED" } });
    expect(await control("templates/999/review", { decision: "APPROVED" })).toMatchObject({ status: 404 });
    expect(await control(`templates/${id}/review`, { decision: "MAYBE" })).toMatchObject({ status: 400 });
    await sim.state.idle();
    expect(changesOf("message_template_status_update").map((c) => c.value)).toEqual([expect.objectContaining({ event: "PAUSED", reason: "NONE" })]);
  });

  it("a review scheduled for an older version does nothing once the template was decided and edited", async () => {
    await control("review-rules", { autoReviewMs: 300 });
    const created = await createMetaTemplate(connection, DRAFT);
    const id = created.ok ? created.id : "";
    await control(`templates/${id}/review`, { decision: "APPROVED" });
    await control("review-rules", { autoReviewMs: null });
    expect(await editMetaTemplate(connection, { templateId: id, body: "Oi {{1}}", examples: ["Ana"] })).toEqual({ ok: true });
    expect(await editMetaTemplate(connection, { templateId: id, body: "Oi {{1}}!", examples: ["Ana"] })).toMatchObject({ ok: false, code: "100" });
    await sim.state.idle();
    expect(changesOf("message_template_status_update").map((c) => (c.value as { event: string }).event)).toEqual(["APPROVED"]);
    expect(sim.state.templates.get(id)!.status).toBe("PENDING");
  });

  it("logs a webhook our endpoint refuses with its HTTP status", async () => {
    receiver.postStatus = 401;
    await approved();
    expect(sim.state.deliveries[0]).toMatchObject({ kind: "template_status", httpStatus: 401, ok: false });
  });
});

describe("Meta adapter sends", () => {
  it("sends an approved template by name and gets sent, delivered and read callbacks in order", async () => {
    await approved();
    const sent = await adapter().sendTemplate({ to: CUSTOMER, templateId: DRAFT.name, variables: ["Maria", "R$ 10,00"] });
    if (!sent.ok) throw new Error(sent.message);
    expect(sent.providerId).toMatch(/^wamid\.[A-Za-z0-9+/]+$/);
    await sim.state.idle();
    expect(statusesOf().map((s) => [s.id, s.status, s.recipient_id])).toEqual([
      [sent.providerId, "sent", "5511987654321"], [sent.providerId, "delivered", "5511987654321"], [sent.providerId, "read", "5511987654321"],
    ]);
    const inbox = await control(`inbox?phone=${encodeURIComponent(CUSTOMER)}`, undefined, "GET");
    expect(inbox.body.messages).toEqual([expect.objectContaining({ id: sent.providerId, text: "Olá, Maria! Seu boleto de R$ 10,00 vence amanhã.", status: "read" })]);
  });

  it("without autoRead stops at delivered; with shuffle 1 the callbacks arrive out of order", async () => {
    await approved();
    await control("statuses", { autoRead: false, shuffle: 0 });
    await adapter().sendTemplate({ to: CUSTOMER, templateId: DRAFT.name, variables: ["a", "b"] });
    await sim.state.idle();
    expect(statusesOf().map((s) => s.status)).toEqual(["sent", "delivered"]);
    receiver.received.length = 0;
    await control("statuses", { autoRead: true, shuffle: 1 });
    await adapter().sendTemplate({ to: CUSTOMER, templateId: DRAFT.name, variables: ["a", "b"] });
    await sim.state.idle();
    const order = statusesOf().map((s) => s.status);
    expect(order.toSorted()).toEqual(["delivered", "read", "sent"]);
    expect(order).not.toEqual(["sent", "delivered", "read"]);
    expect(sim.state.messages.at(-1)!.status).toBe("read");
  });

  it("accepts a send to a failing number and then posts `failed` with 131026", async () => {
    await approved();
    await control("faults", { failingNumbers: [CUSTOMER] });
    const sent = await adapter().sendTemplate({ to: CUSTOMER, templateId: DRAFT.name, variables: ["a", "b"] });
    expect(sent.ok).toBe(true);
    await sim.state.idle();
    expect(statusesOf()).toEqual([expect.objectContaining({ status: "failed", errors: [expect.objectContaining({ code: 131026, title: "Message undeliverable" })] })]);
    expect(metaErrorMessage(statusesOf()[0]!.errors![0]!.code)).toBe("Mensagem não entregue: o número não pode receber mensagens do WhatsApp (131026)");
  });

  it.each([
    ["a pending template", async () => { await control("review-rules", { autoReviewMs: null }); await createMetaTemplate(connection, DRAFT); }, ["a", "b"], "132001"],
    ["an unknown template", async () => {}, ["a", "b"], "132001"],
    ["a wrong variable count", approved, ["a"], "132000"],
  ])("refuses %s permanently", async (_, setup, variables, code) => {
    await setup();
    const sent = await adapter().sendTemplate({ to: CUSTOMER, templateId: DRAFT.name, variables });
    expect(sent).toMatchObject({ ok: false, code, retryable: false, httpStatus: 400 });
    expect(!sent.ok && sent.message).toMatch(new RegExp(`\\(${code}\\)$`));
  });

  it("refuses free text outside the 24 h window (131047) and sends it after the customer writes, until 24 h pass", async () => {
    const refused = await adapter().sendText({ to: CUSTOMER, text: "Oi" });
    expect(refused).toMatchObject({ ok: false, code: "131047", retryable: false, message: "Fora da janela de 24 h: envie um modelo aprovado (131047)" });
    const inbound = await control("inbound", { phone: "(11) 98765-4321", text: "Quero negociar", name: "Maria" });
    expect(inbound.status).toBe(200);
    await sim.state.idle();
    const [message] = changesOf("messages").map((c) => c.value as { contacts: unknown; messages: unknown });
    expect(message).toMatchObject({
      contacts: [{ profile: { name: "Maria" }, wa_id: "5511987654321" }],
      messages: [{ from: "5511987654321", type: "text", text: { body: "Quero negociar" }, timestamp: String(clock / 1000) }],
    });
    expect(await adapter().sendText({ to: CUSTOMER, text: "Claro!" })).toMatchObject({ ok: true });
    clock += 24 * 3_600_000;
    expect(await adapter().sendText({ to: CUSTOMER, text: "Ainda aí?" })).toMatchObject({ ok: false, code: "131047" });
  });

  it("answers an invalid token with 190 (permanent) and refuses another account's ids", async () => {
    expect(await adapter({ token: "nope" }).sendText({ to: CUSTOMER, text: "x" })).toMatchObject({ ok: false, code: "190", retryable: false, httpStatus: 401 });
    const other = await listMetaTemplates({ ...connection, wabaId: "999" });
    expect(other).toMatchObject({ ok: false, code: "100", retryable: false });
  });

  it("classifies injected throughput faults, 5xx and timeouts as retryable", async () => {
    await approved();
    await control("faults", { share429: 1, retryAfterSeconds: 3 });
    expect(await adapter().sendTemplate({ to: CUSTOMER, templateId: DRAFT.name, variables: ["a", "b"] }))
      .toMatchObject({ ok: false, code: "130429", retryable: true, httpStatus: 429, retryAfterMs: 3000 });
    await control("faults", { share429: 0, share5xx: 1 });
    expect(await adapter().sendText({ to: CUSTOMER, text: "x" })).toMatchObject({ ok: false, retryable: true, httpStatus: 503 });
    await control("faults", { share5xx: 0, shareTimeout: 1 });
    expect(await adapter({ timeoutMs: 100 }).sendText({ to: CUSTOMER, text: "x" })).toMatchObject({ ok: false, code: "timeout", retryable: true });
    expect(sim.state.messages).toHaveLength(0);
  });

  it("has no contacts, exposes the phone number id as the channel and lists templates by name", async () => {
    await approved();
    const meta = createMetaAdapter({ provider: "meta", baseUrl: sim.baseUrl, credentials: { token: TOKEN, wabaId: WABA, phoneNumberId: PHONE_ID } });
    expect(await meta.createContact({ name: "Maria", phone: CUSTOMER, channelId: PHONE_ID })).toMatchObject({ ok: false, code: "unsupported", retryable: false });
    expect(await meta.listTemplates()).toEqual({ ok: true, items: [{ id: DRAFT.name, name: DRAFT.name, text: DRAFT.body, variableCount: 2, status: "APPROVED" }] });
    expect(await meta.sendText({ to: "123", text: "x" })).toMatchObject({ ok: false, code: "invalid_phone" });
  });

  it("reports a network failure that never left as retryable and safe to resend", async () => {
    const closed = createAdapter({ provider: "meta", baseUrl: "http://127.0.0.1:1/v21.0", credentials: { token: TOKEN, wabaId: WABA, phoneNumberId: PHONE_ID } });
    expect(await closed.sendText({ to: CUSTOMER, text: "x" })).toMatchObject({ ok: false, code: "network", retryable: true, neverLeft: true });
  });
});

describe("classifyMeta", () => {
  const at = new Date(Date.UTC(2026, 0, 1));
  const graph = (code: number, extra: Record<string, unknown> = {}) => ({ error: { message: "m", type: "OAuthException", code, fbtrace_id: "x", ...extra } });
  it.each<[string, number, unknown, string, boolean]>([
    ["throughput", 429, graph(130429), "130429", true],
    ["pair rate limit", 400, graph(131056), "131056", true],
    ["generic transient", 500, graph(2), "2", true],
    ["5xx without body", 502, null, "http_5xx", true],
    ["429 without body", 429, null, "429", true],
    ["outside the window", 400, graph(131047), "131047", false],
    ["undeliverable", 400, graph(131026), "131026", false],
    ["template missing", 400, graph(132001), "132001", false],
    ["other template problem", 400, graph(132068), "132068", false],
    ["invalid token", 401, graph(190), "190", false],
    ["401 without body", 401, null, "190", false],
    ["invalid parameter", 400, graph(100, { error_data: { messaging_product: "whatsapp", details: "to: bad" } }), "100", false],
    ["unknown 4xx", 403, "forbidden", "http_403", false],
  ])("%s", (_, status, body, code, retryable) => {
    const failure = classifyMeta({ kind: "response", status, body, now: at });
    expect(failure).toMatchObject({ ok: false, code, retryable, httpStatus: status });
    expect(failure!.message).toMatch(/\S/);
  });

  it("puts Meta's code and details in the Portuguese message, and passes 2xx", () => {
    expect(classifyMeta({ kind: "response", status: 400, body: graph(100, { error_data: { messaging_product: "whatsapp", details: "to: bad" } }), now: at })!.message)
      .toBe("Parâmetro inválido na chamada à Meta: to: bad (100)");
    expect(classifyMeta({ kind: "response", status: 400, body: graph(132068), now: at })!.message).toBe("Problema com o modelo na Meta: m (132068)");
    expect(classifyMeta({ kind: "response", status: 200, body: {}, now: at })).toBeNull();
  });
});

describe("sandbox page services and the shared phone inbox", () => {
  const sandbox = metaSandboxState();
  const graph = (path: string, body: unknown) => handleMetaRequest(sandbox, new Request(`http://app${META_SANDBOX_BASE_PATH}/v21.0${path}`, {
    method: "POST", headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" }, body: JSON.stringify(body),
  }), { basePath: META_SANDBOX_BASE_PATH });

  beforeEach(async () => {
    sandbox.reset();
    rdSandboxState().reset();
    expect((await registerMetaApp(sandbox, appInput())).ok).toBe(true);
  });

  it("reviews by hand, posts the customer's message and lists both simulators' deliveries by phone, newest first", async () => {
    await setMetaSandboxReviewRules({ input: { manualOnly: true, delaySeconds: 10, rejectWords: "proibido\ngolpe" } });
    await setMetaSandboxStatusOptions({ input: { autoRead: false, shufflePercent: 25 } });
    const created = await (await graph(`/${WABA}/message_templates`, { name: "aviso", category: "UTILITY", language: "pt_BR", components: [{ type: "BODY", text: "Oi {{1}}", example: { body_text: [["Ana"]] } }] })).json() as { id: string };
    expect(await reviewMetaSandboxTemplate({ input: { templateId: created.id, decision: "APPROVED", reason: "NONE" } })).toEqual({ id: created.id, status: "APPROVED" });
    await expect(reviewMetaSandboxTemplate({ input: { templateId: "1", decision: "APPROVED", reason: "NONE" } })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const rdTemplate = RD_SEED_TEMPLATES[4]!;
    rdSandboxState().deliver({ id: "rd-1", phone: CUSTOMER, templateId: rdTemplate._id, templateName: rdTemplate.name, text: "Bem-vindo", variables: [], sentBy: "", at: new Date(Date.now() - 60_000) });
    const sent = await graph(`/${PHONE_ID}/messages`, { messaging_product: "whatsapp", recipient_type: "individual", to: "5511987654321", type: "template", template: { name: "aviso", language: { code: "pt_BR" }, components: [{ type: "body", parameters: [{ type: "text", text: "Maria" }] }] } });
    expect(sent.status).toBe(200);
    expect(await sendMetaSandboxCustomerMessage({ input: { phone: "(21) 99999-8888", name: "João", text: "Oi", wabaId: "" } })).toMatchObject({ id: expect.stringMatching(/^wamid\./) });
    const free = await graph(`/${PHONE_ID}/messages`, { messaging_product: "whatsapp", recipient_type: "individual", to: "5521999998888", type: "text", text: { body: "Olá, João" } });
    expect(free.status).toBe(200);
    await sandbox.idle();

    const inbox = await listSandboxInbox({ input: { page: 1, pageSize: 10, perPhone: 5 } });
    expect(inbox.rows.map((r) => [r.phone, r.messages.map((m) => [m.providerLabel, m.templateName, m.text])])).toEqual([
      ["+5521999998888", [["WhatsApp oficial", "texto livre", "Olá, João"]]],
      ["+5511987654321", [["WhatsApp oficial", "aviso", "Oi Maria"], ["RD Conversas", rdTemplate.name, "Bem-vindo"]]],
    ]);
    const overview = await getMetaSandboxOverview();
    expect(overview).toMatchObject({
      reviewRules: { manualOnly: true, rejectWords: "proibido\ngolpe" }, statusOptions: { autoRead: false, shufflePercent: 25 },
      inbound: [{ phone: "+5521999998888", name: "João", text: "Oi" }], apps: [{ wabaId: WABA, token: "••••••••oken" }],
    });
    expect(overview.deliveries.map((d) => d.kind)).toEqual(expect.arrayContaining(["template_status", "messages", "statuses", "verification"]));

    await resetMetaSandbox();
    expect(sandbox.apps).toHaveLength(1);
    expect((await listSandboxInbox({ input: { page: 1, pageSize: 10, perPhone: 5 } })).rows.map((r) => r.phone)).toEqual([CUSTOMER]);
  });

  it("refuses a customer message when no app is registered", async () => {
    sandbox.reset();
    await expect(sendMetaSandboxCustomerMessage({ input: { phone: "(11) 98765-4321", name: "", text: "Oi", wabaId: "" } }))
      .rejects.toMatchObject({ code: "INVALID" });
  });

  it.each<[string, object, string, string]>([
    ["a negative delay", { manualOnly: false, delaySeconds: -1, rejectWords: "" }, "delaySeconds", "O atraso não pode ser negativo."],
    ["a missing delay", { manualOnly: false, delaySeconds: Number.NaN, rejectWords: "" }, "delaySeconds", "Informe o atraso em segundos."],
    ["an over-long word", { manualOnly: false, delaySeconds: 1, rejectWords: "x".repeat(101) }, "rejectWords", "Cada palavra pode ter no máximo 100 caracteres."],
  ])("review rules form refuses %s", (_, input, field, message) => {
    const parsed = metaSandboxReviewRulesSchema.safeParse(input);
    expect(parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.message]))).toEqual({ [field]: message });
  });

  it.each<[string, object, string]>([
    ["a shuffle above 100%", { autoRead: true, shufflePercent: 101 }, "shufflePercent"],
    ["an invalid phone", { phone: "123", name: "", text: "Oi", wabaId: "" }, "phone"],
    ["an empty message", { phone: "(11) 98765-4321", name: "", text: " ", wabaId: "" }, "text"],
  ])("sandbox forms refuse %s", (_, input, field) => {
    const schema = "shufflePercent" in input ? metaSandboxStatusOptionsSchema : metaSandboxCustomerMessageSchema;
    const parsed = schema.safeParse(input);
    expect(parsed.success ? [] : parsed.error.issues.map((i) => i.path.join("."))).toEqual([field]);
  });
});
