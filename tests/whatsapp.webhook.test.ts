import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  notifications, outboxMessages, phoneTypes, whatsappConversations, whatsappInboundMessages, whatsappTemplates, whatsappWebhookLog,
} from "../db/schema";
import { fixedClock } from "../lib/core/clock";
import { signPayload } from "../lib/providers/meta/signature";
import { receiveWhatsappWebhook } from "../lib/whatsapp/webhook/receive-whatsapp-webhook";
import { verifyWhatsappSubscription } from "../lib/whatsapp/webhook/verify-subscription";
import { makeCompany, makeUser } from "./support/fixtures";
import { insertPerson, uniqueCpf } from "./support/people-fixtures";
import { useTestDb } from "./support/test-db";
import { APP_SECRET, VERIFY_TOKEN, makeOfficialAccount, makeSentMessage, makeTemplate } from "./support/whatsapp-official-fixtures";

process.env.APP_SECRET = "chave-de-teste";

const t = useTestDb();
const clock = fixedClock("2026-11-23T12:00:00Z");
let account: Awaited<ReturnType<typeof makeOfficialAccount>>["account"];
let provider: Awaited<ReturnType<typeof makeOfficialAccount>>["provider"];
let adminId: number;
let mobileTypeId: number;

beforeAll(async () => {
  const company = await makeCompany(t.db);
  adminId = (await makeUser(t.db, "admin", [company.id])).id;
  ({ account, provider } = await makeOfficialAccount(t.db, company.id, adminId));
  const [type] = await t.db.insert(phoneTypes).values({ code: "CEL", description: "Celular" }).onConflictDoNothing().returning();
  mobileTypeId = type?.id ?? (await t.db.select().from(phoneTypes).where(eq(phoneTypes.code, "CEL")))[0]!.id;
});

const envelope = (changes: unknown[]) => ({ object: "whatsapp_business_account", entry: [{ id: "waba-1", changes }] });
const metadata = { display_phone_number: "5511999990000", phone_number_id: "phone-1" };
const statusChange = (...statuses: unknown[]) => ({ field: "messages", value: { messaging_product: "whatsapp", metadata, statuses } });
const status = (id: string, name: string, at: number, errors?: unknown[]) =>
  ({ id, status: name, timestamp: String(at), recipient_id: "5511987650000", ...(errors ? { errors } : {}) });
const templateChange = (id: string | number, event: string, reason = "NONE", name = "modelo") => ({
  field: "message_template_status_update",
  value: { event, message_template_id: Number(id), message_template_name: name, message_template_language: "pt_BR", reason },
});
const inboundChange = (from: string, wamid: string, at: number, body = "Oi, quero negociar") => ({
  field: "messages",
  value: {
    messaging_product: "whatsapp", metadata, contacts: [{ profile: { name: "Cliente" }, wa_id: from }],
    messages: [{ from, id: wamid, timestamp: String(at), type: "text", text: { body } }],
  },
});

/** POSTs a body signed as Meta signs it (or with the given signature). */
async function post(body: unknown, signature?: string | null) {
  const raw = JSON.stringify(body);
  const answer = await receiveWhatsappWebhook(t.db, clock, String(account.id), raw, signature === undefined ? signPayload(raw, APP_SECRET) : signature);
  return { ...answer, json: JSON.parse(answer.body) };
}

const logOf = (kind: string) => t.db.select().from(whatsappWebhookLog)
  .where(and(eq(whatsappWebhookLog.whatsappAccountId, account.id), eq(whatsappWebhookLog.kind, kind)));
const rowOf = async (id: number) => (await t.db.select().from(outboxMessages).where(eq(outboxMessages.id, id)))[0]!;
const unix = (iso: string) => Math.floor(new Date(iso).getTime() / 1000);

describe("GET verification", () => {
  const params = (mode: string, token: string) => new URLSearchParams({ "hub.mode": mode, "hub.verify_token": token, "hub.challenge": "1158201444" });

  it("echoes the challenge as text when the verify token matches", async () => {
    const answer = await verifyWhatsappSubscription(t.db, String(account.id), params("subscribe", VERIFY_TOKEN));
    expect(answer).toMatchObject({ status: 200, body: "1158201444" });
    expect(answer.contentType).toMatch(/^text\/plain/);
  });

  it.each([
    ["wrong token", "subscribe", "outro-token"],
    ["empty token", "subscribe", ""],
    ["wrong mode", "unsubscribe", VERIFY_TOKEN],
  ])("refuses with 403: %s", async (_, mode, token) => {
    const answer = await verifyWhatsappSubscription(t.db, String(account.id), params(mode, token));
    expect(answer.status).toBe(403);
    expect(answer.body).not.toContain("1158201444");
  });

  it.each(["999999", "abc", "1;drop"])("answers 404 for an unknown account %s", async (id) => {
    expect((await verifyWhatsappSubscription(t.db, id, params("subscribe", VERIFY_TOKEN))).status).toBe(404);
  });
});

describe("POST signature", () => {
  it.each([
    ["missing", null],
    ["wrong secret", "SIGN-WITH-OTHER"],
    ["malformed", "sha256=nothex"],
  ])("refuses a %s signature with 401 and applies nothing", async (_, kind) => {
    const message = await makeSentMessage(t.db, account.companyId, provider.id);
    const body = envelope([statusChange(status(message.providerMessageId!, "read", unix("2026-11-23T12:05:00Z")))]);
    const signature = kind === "SIGN-WITH-OTHER" ? signPayload(JSON.stringify(body), "outro-segredo") : kind;
    const answer = await post(body, signature);
    expect(answer.status).toBe(401);
    expect((await rowOf(message.id)).status).toBe("sent");
    expect((await logOf("status")).filter((l) => JSON.stringify(l.payload).includes(message.providerMessageId!))).toHaveLength(0);
    expect((await logOf("signature")).some((l) => l.outcome === "refused")).toBe(true);
  });

  it("refuses a body changed after signing", async () => {
    const message = await makeSentMessage(t.db, account.companyId, provider.id);
    const raw = JSON.stringify(envelope([statusChange(status(message.providerMessageId!, "delivered", unix("2026-11-23T12:05:00Z")))]));
    const answer = await receiveWhatsappWebhook(t.db, clock, String(account.id), raw.replace("delivered", "read"), signPayload(raw, APP_SECRET));
    expect(answer.status).toBe(401);
    expect((await rowOf(message.id)).status).toBe("sent");
  });
});

describe("message statuses", () => {
  it.each([
    ["in order", "read", ["sent", "delivered", "read"]],
    ["read before delivered", "read", ["read", "delivered"]],
    ["replayed delivered", "delivered", ["delivered", "delivered", "sent"]],
    ["failed after delivered", "delivered", ["delivered", "failed"]],
    ["failed while sent", "failed", ["failed", "delivered", "read"]],
  ])("%s ends %s", async (_, final, sequence) => {
    const message = await makeSentMessage(t.db, account.companyId, provider.id);
    const base = unix("2026-11-23T12:01:00Z");
    for (const [i, name] of sequence.entries()) {
      const errors = name === "failed" ? [{ code: 131026, title: "Message undeliverable" }] : undefined;
      expect((await post(envelope([statusChange(status(message.providerMessageId!, name, base + i, errors))]))).status).toBe(200);
    }
    const row = await rowOf(message.id);
    expect(row.status).toBe(final);
    if (final === "read") expect(row.readAt).not.toBeNull();
    if (final === "read" || final === "delivered") expect(row.deliveredAt).not.toBeNull();
    if (final === "failed") {
      expect(row).toMatchObject({ lastErrorCode: "131026", lastErrorMessage: "Message undeliverable" });
      expect(row.statusReason).toContain("Falhou na Meta: Message undeliverable");
    }
  });

  it("applies several statuses in one body, and a whole replay of it changes nothing", async () => {
    const a = await makeSentMessage(t.db, account.companyId, provider.id);
    const b = await makeSentMessage(t.db, account.companyId, provider.id);
    const at = unix("2026-11-23T12:02:00Z");
    const body = envelope([statusChange(status(a.providerMessageId!, "read", at), status(b.providerMessageId!, "delivered", at))]);
    await post(body);
    const first = await Promise.all([rowOf(a.id), rowOf(b.id)]);
    expect(first.map((r) => r.status)).toEqual(["read", "delivered"]);
    expect(first[0]!.deliveredAt?.toISOString()).toBe("2026-11-23T12:02:00.000Z");
    await post(body);
    const again = await Promise.all([rowOf(a.id), rowOf(b.id)]);
    expect(again).toEqual(first);
  });

  it("logs a late delivered after read with the reason, not as applied", async () => {
    const message = await makeSentMessage(t.db, account.companyId, provider.id, { status: "read" });
    await post(envelope([statusChange(status(message.providerMessageId!, "delivered", unix("2026-11-23T12:03:00Z")))]));
    const [log] = (await logOf("status")).filter((l) => JSON.stringify(l.payload).includes(message.providerMessageId!));
    expect(log).toMatchObject({ outcome: "ignored" });
    expect(log!.detail).toContain("continua lida");
  });

  it("ignores and logs an unknown wamid, and a wamid of another provider account", async () => {
    const other = await makeOfficialAccount(t.db, (await makeCompany(t.db)).id);
    const foreign = await makeSentMessage(t.db, other.account.companyId, other.provider.id);
    await post(envelope([statusChange(status("wamid.DESCONHECIDO", "read", 1_790_000_000), status(foreign.providerMessageId!, "read", 1_790_000_000))]));
    expect((await rowOf(foreign.id)).status).toBe("sent");
    const logs = (await logOf("status")).filter((l) => l.detail?.startsWith("Mensagem desconhecida"));
    expect(logs.map((l) => l.detail)).toEqual(expect.arrayContaining(["Mensagem desconhecida: wamid.DESCONHECIDO", `Mensagem desconhecida: ${foreign.providerMessageId}`]));
  });
});

describe("template status updates", () => {
  it("ignores and logs an unknown template id", async () => {
    const answer = await post(envelope([templateChange("123456789", "APPROVED", "NONE", "fantasma")]));
    expect(answer).toMatchObject({ status: 200, json: { ok: true } });
    const logs = await logOf("template_status");
    expect(logs.find((l) => l.detail === "Modelo desconhecido: 123456789 (fantasma)")).toMatchObject({ outcome: "ignored" });
  });

  it("does not touch another account's template with that id", async () => {
    const other = await makeOfficialAccount(t.db, (await makeCompany(t.db)).id);
    const foreign = await makeTemplate(t.db, other.account, { status: "pending" });
    await post(envelope([templateChange(foreign.metaTemplateId!, "APPROVED")]));
    expect((await t.db.select().from(whatsappTemplates).where(eq(whatsappTemplates.id, foreign.id)))[0]!.status).toBe("pending");
  });

  it("applies APPROVED and notifies the admin user once, even when replayed", async () => {
    const template = await makeTemplate(t.db, account, { status: "pending" });
    const body = envelope([templateChange(template.metaTemplateId!, "APPROVED")]);
    await post(body);
    await post(body);
    const [row] = await t.db.select().from(whatsappTemplates).where(eq(whatsappTemplates.id, template.id));
    expect(row).toMatchObject({ status: "approved", rejectionReason: null });
    expect(row!.statusChangedAt?.toISOString()).toBe("2026-11-23T12:00:00.000Z");
    const notices = await t.db.select().from(notifications).where(eq(notifications.href, `/whatsapp/templates/${template.id}`));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ userId: adminId, title: `Modelo ${template.name}: Aprovada` });
  });

  it("applies REJECTED with the reason in Portuguese, and a later approval clears it", async () => {
    const template = await makeTemplate(t.db, account, { status: "pending" });
    await post(envelope([templateChange(template.metaTemplateId!, "REJECTED", "ABUSIVE_CONTENT")]));
    let [row] = await t.db.select().from(whatsappTemplates).where(eq(whatsappTemplates.id, template.id));
    expect(row).toMatchObject({ status: "rejected", rejectionReason: "Conteúdo abusivo ou proibido pelas políticas do WhatsApp" });
    const [notice] = await t.db.select().from(notifications).where(eq(notifications.href, `/whatsapp/templates/${template.id}`));
    expect(notice).toMatchObject({ title: `Modelo ${template.name}: Rejeitada`, body: "Motivo da rejeição: Conteúdo abusivo ou proibido pelas políticas do WhatsApp" });
    clock.advance(60_000);
    await post(envelope([templateChange(template.metaTemplateId!, "APPROVED")]));
    [row] = await t.db.select().from(whatsappTemplates).where(eq(whatsappTemplates.id, template.id));
    expect(row).toMatchObject({ status: "approved", rejectionReason: null });
    expect(await t.db.select().from(notifications).where(eq(notifications.href, `/whatsapp/templates/${template.id}`))).toHaveLength(2);
  });
});

describe("inbound messages", () => {
  it("opens the window, attaches the person by phone and records each wamid once", async () => {
    const from = `55119${String(process.pid % 10_000).padStart(4, "0")}1111`;
    const person = await insertPerson(t.db, { name: "Cliente Que Escreve", document: uniqueCpf() }, [{ phoneTypeId: mobileTypeId, e164: `+${from}`, isPrimary: true }]);
    const at = unix("2026-11-23T11:50:00Z");
    const body = envelope([inboundChange(from, `wamid.IN${from}`, at)]);
    await post(body);
    await post(body);
    const [conversation] = await t.db.select().from(whatsappConversations)
      .where(and(eq(whatsappConversations.whatsappAccountId, account.id), eq(whatsappConversations.phone, `+${from}`)));
    expect(conversation).toMatchObject({ personId: person.id, companyId: account.companyId });
    expect(conversation!.lastInboundAt?.toISOString()).toBe("2026-11-23T11:50:00.000Z");
    const messages = await t.db.select().from(whatsappInboundMessages).where(eq(whatsappInboundMessages.conversationId, conversation!.id));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ type: "text", text: "Oi, quero negociar" });
    const logs = (await logOf("message")).filter((l) => JSON.stringify(l.payload).includes(`wamid.IN${from}`));
    expect(logs.map((l) => l.outcome).sort()).toEqual(["applied", "duplicate"]);
  });

  it("an older message arriving late does not move the window back", async () => {
    const from = `55219${String(process.pid % 10_000).padStart(4, "0")}2222`;
    await post(envelope([inboundChange(from, `wamid.NEW${from}`, unix("2026-11-23T11:00:00Z"))]));
    await post(envelope([inboundChange(from, `wamid.OLD${from}`, unix("2026-11-22T09:00:00Z"))]));
    const [conversation] = await t.db.select().from(whatsappConversations).where(eq(whatsappConversations.phone, `+${from}`));
    expect(conversation!.lastInboundAt?.toISOString()).toBe("2026-11-23T11:00:00.000Z");
    expect(conversation!.personId).toBeNull();
  });

  it("logs unknown fields and malformed items as ignored and still applies the rest", async () => {
    const message = await makeSentMessage(t.db, account.companyId, provider.id);
    const answer = await post(envelope([
      { field: "account_update", value: { event: "VERIFIED" } },
      statusChange({ id: "sem-status" }, status(message.providerMessageId!, "delivered", 1_790_000_000)),
    ]));
    expect(answer.status).toBe(200);
    expect((await rowOf(message.id)).status).toBe("delivered");
    expect((await logOf("account_update"))[0]).toMatchObject({ outcome: "ignored", detail: "Campo não tratado: account_update" });
    expect((await logOf("status")).some((l) => l.outcome === "ignored" && l.detail?.startsWith("Status inválido"))).toBe(true);
  });
});
