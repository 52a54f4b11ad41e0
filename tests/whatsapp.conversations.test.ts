import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, creditors, outboxMessages, phoneTypes, whatsappAccounts, whatsappConversations } from "../db/schema";
import { formatCents } from "../lib/br/format";
import type { fixedClock } from "../lib/core/clock";
import type { Ctx } from "../lib/core/ctx";
import { ServiceError } from "../lib/core/errors";
import { listStartableTemplates } from "../lib/whatsapp/conversations/list-startable-templates";
import { previewConversationStart } from "../lib/whatsapp/conversations/preview-conversation-start";
import { startConversationSchema } from "../lib/whatsapp/conversations/schemas";
import { startConversation } from "../lib/whatsapp/conversations/start-conversation";
import { whatsappAccountFor } from "../lib/whatsapp/account/whatsapp-account-for";
import { makeCtx } from "./support/fixtures";
import { insertPerson, makeReceivable, uniqueCpf } from "./support/people-fixtures";
import { useTestDb } from "./support/test-db";
import { makeOfficialAccount, makeTemplate } from "./support/whatsapp-official-fixtures";

process.env.APP_SECRET = "chave-de-teste";

const t = useTestDb();
let mobileTypeId: number;
let otherTypeId: number;
let phones = 0;

beforeAll(async () => {
  await t.db.insert(phoneTypes).values([{ code: "CEL", description: "Celular" }, { code: "COM", description: "Comercial" }]).onConflictDoNothing();
  const types = await t.db.select().from(phoneTypes);
  mobileTypeId = types.find((p) => p.code === "CEL")!.id;
  otherTypeId = types.find((p) => p.code === "COM")!.id;
});

const nextPhone = () => `+55119${String(process.pid % 1000).padStart(3, "0")}${String(++phones).padStart(5, "0")}`;

/** An operator of a company whose WhatsApp account uses the official API, with one approved, mapped template. */
async function setup(now = "2026-11-23T12:00:00Z") {
  const ctx = await makeCtx(t.db, "operator", now);
  ctx.user.name = "João Atendente";
  const { account, provider } = await makeOfficialAccount(t.db, ctx.companyId);
  const template = await makeTemplate(t.db, account);
  return { ctx, account, provider, template, clock: ctx.clock as ReturnType<typeof fixedClock> };
}

async function makeDebtor(values: { optOutWhatsapp?: boolean; typeId?: number; e164?: string } = {}) {
  const e164 = values.e164 ?? nextPhone();
  const person = await insertPerson(t.db, { name: "Maria da Silva", document: uniqueCpf(), optOutWhatsapp: values.optOutWhatsapp ?? false },
    [{ phoneTypeId: values.typeId ?? mobileTypeId, e164, isPrimary: true }]);
  return { person, e164 };
}

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ServiceError);
  return error as ServiceError;
};

const start = (ctx: Ctx, input: Record<string, unknown>) => startConversation({ ctx, input: startConversationSchema.parse(input) });

const conversationOf = async (ctx: Ctx, phone: string) =>
  (await t.db.select().from(whatsappConversations).where(and(eq(whatsappConversations.companyId, ctx.companyId), eq(whatsappConversations.phone, phone))))[0];

async function customerWrote(ctx: Ctx, phone: string, at: string) {
  const account = await whatsappAccountFor(t.db, ctx.companyId);
  await t.db.insert(whatsappConversations).values({ whatsappAccountId: account.id, companyId: ctx.companyId, phone, lastInboundAt: new Date(at) })
    .onConflictDoUpdate({ target: [whatsappConversations.whatsappAccountId, whatsappConversations.phone], set: { lastInboundAt: new Date(at) } });
}

describe("listStartableTemplates", () => {
  it("lists only approved templates of the company whose every variable is mapped", async () => {
    const { ctx, account, template } = await setup();
    await makeTemplate(t.db, account, { status: "pending" });
    await makeTemplate(t.db, account, { status: "rejected" });
    await makeTemplate(t.db, account, { mapping: ["debtor.first_name", "operator.first_name"] });
    await makeTemplate(t.db, account, { mapping: ["debtor.first_name", "operator.first_name", "campo.inexistente"] });
    const noVariables = await makeTemplate(t.db, account, { body: "Olá! Podemos falar sobre a sua conta?", examples: [], mapping: [] });
    const other = await setup();
    expect((await listStartableTemplates({ ctx })).map((x) => x.id).sort()).toEqual([template.id, noVariables.id].sort());
    expect((await listStartableTemplates({ ctx: other.ctx })).map((x) => x.id)).toEqual([other.template.id]);
  });
});

describe("previewConversationStart", () => {
  it("renders the chosen template with the person's, creditor's and operator's values", async () => {
    const { ctx, account } = await setup();
    const template = await makeTemplate(t.db, account, {
      body: "{{1}} ({{2}}), você deve {{3}} a {{4}}. Fale com {{5}} da {{6}}.",
      examples: ["a", "b", "c", "d", "e", "f"],
      mapping: ["debtor.name", "debtor.document", "debtor.open_total", "creditor.name", "operator.name", "company.name"],
    });
    const { person } = await makeDebtor();
    await makeReceivable(t.db, ctx.companyId, person.id, { amountCents: 100_000 });
    await makeReceivable(t.db, ctx.companyId, person.id, { amountCents: 23_456 });
    await makeReceivable(t.db, ctx.companyId, person.id, { amountCents: 99_999, status: "paid" });
    const [creditor] = await t.db.insert(creditors).values({ companyId: ctx.companyId, name: "Escola Aprender" }).returning();
    const doc = person.document!;
    const formattedDoc = `${doc.slice(0, 3)}.${doc.slice(3, 6)}.${doc.slice(6, 9)}-${doc.slice(9)}`;

    const preview = await previewConversationStart({ ctx, input: { personId: person.id, templateId: template.id, creditorId: creditor!.id } });
    expect(preview.rendered).toBe(`Maria da Silva (${formattedDoc}), você deve ${formatCents(123_456)} a Escola Aprender. Fale com João Atendente da Empresa Teste.`);
    expect(preview.creditors).toEqual([{ id: creditor!.id, name: "Escola Aprender" }]);
    expect(preview.problems).toEqual([]);
    expect(preview.windowOpenUntil).toBeNull();

    const withoutCreditor = await previewConversationStart({ ctx, input: { personId: person.id, templateId: template.id } });
    expect(withoutCreditor.rendered).toContain(" a —.");
  });

  it("shows the open window and the blocked chat start with their times", async () => {
    const { ctx, template } = await setup();
    const { person, e164 } = await makeDebtor();
    await customerWrote(ctx, e164, "2026-11-23T10:00:00Z");
    let preview = await previewConversationStart({ ctx, input: { personId: person.id } });
    expect(preview.windowOpenUntil).toBe("2026-11-24T10:00:00.000Z");
    expect(preview.windowLabel).toContain("aberta até 24/11/2026 07:00");
    await start(ctx, { personId: person.id, templateId: template.id });
    preview = await previewConversationStart({ ctx, input: { personId: person.id } });
    expect(preview.chatStartBlockedUntil).toBe("2026-11-24T12:00:00.000Z");
  });

  it("falls back to a primary mobile number of another type, and explains when there is none", async () => {
    const { ctx } = await setup();
    const { person, e164 } = await makeDebtor({ typeId: otherTypeId });
    expect((await previewConversationStart({ ctx, input: { personId: person.id } })).phone).toBe(e164);
    const landline = await makeDebtor({ typeId: otherTypeId, e164: "+551133334444" });
    const preview = await previewConversationStart({ ctx, input: { personId: landline.person.id } });
    expect(preview.phone).toBeNull();
    expect(preview.problems).toEqual(["A pessoa não tem um celular principal cadastrado para o WhatsApp."]);
  });
});

describe("startConversation", () => {
  it("queues the template rendered with the person's values on the official account and marks the chat start", async () => {
    const { ctx, provider, template } = await setup();
    const { person, e164 } = await makeDebtor();
    const result = await start(ctx, { personId: person.id, templateId: template.id });
    expect(result.duplicate).toBe(false);
    const [row] = await t.db.select().from(outboxMessages).where(eq(outboxMessages.id, result.outboxId));
    expect(row).toMatchObject({
      kind: "wa.template", accountId: provider.id, recipient: e164, personId: person.id, producer: "whatsapp:start", status: "queued",
      payload: { templateName: template.name, language: "pt_BR", variables: ["Maria", "João", "Empresa Teste"], text: "Olá Maria, aqui é João da Empresa Teste. Podemos falar?" },
    });
    expect(row!.idempotencyKey).toMatch(new RegExp(`^wa-start:\\d+:\\${e164}:${template.id}:`));
    const conversation = await conversationOf(ctx, e164);
    expect(conversation).toMatchObject({ personId: person.id });
    expect(conversation!.lastTemplateAt?.toISOString()).toBe("2026-11-23T12:00:00.000Z");
    const audits = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, "whatsapp_conversation"), eq(auditLog.entityId, String(conversation!.id))));
    expect(audits).toHaveLength(1);
  });

  it("queues one message for a double click", async () => {
    const { ctx, template } = await setup();
    const { person, e164 } = await makeDebtor();
    const first = await start(ctx, { personId: person.id, templateId: template.id });
    const second = await start(ctx, { personId: person.id, templateId: template.id });
    expect(second).toEqual({ outboxId: first.outboxId, duplicate: true });
    expect(await t.db.select().from(outboxMessages).where(eq(outboxMessages.recipient, e164))).toHaveLength(1);
  });

  it("refuses a second chat-start template within 24 h without a reply, with the time it becomes possible", async () => {
    const { ctx, account, template, clock } = await setup();
    const another = await makeTemplate(t.db, account);
    const { person, e164 } = await makeDebtor();
    await start(ctx, { personId: person.id, templateId: template.id });
    clock.advance(3 * 60 * 60 * 1000);
    const error = await refusal(start(ctx, { personId: person.id, templateId: another.id }));
    expect(error.message).toBe("Já foi enviado um modelo de início de chat para este número em 23/11 09:00 sem resposta; um novo só poderá ser enviado a partir de 24/11/2026 09:00.");
    expect(error.fieldErrors.templateId).toBeDefined();
    expect(await t.db.select().from(outboxMessages).where(eq(outboxMessages.recipient, e164))).toHaveLength(1);

    clock.set("2026-11-24T12:00:00Z");
    expect((await start(ctx, { personId: person.id, templateId: another.id })).duplicate).toBe(false);
  });

  it("allows another template once the customer replied", async () => {
    const { ctx, account, template, clock } = await setup();
    const another = await makeTemplate(t.db, account);
    const { person, e164 } = await makeDebtor();
    await start(ctx, { personId: person.id, templateId: template.id });
    await customerWrote(ctx, e164, "2026-11-23T12:30:00Z");
    clock.advance(60 * 60 * 1000);
    expect((await start(ctx, { personId: person.id, templateId: another.id })).duplicate).toBe(false);
  });

  it("sends free text inside the window and refuses it outside", async () => {
    const { ctx, clock } = await setup();
    const { person, e164 } = await makeDebtor();
    const outside = await refusal(start(ctx, { personId: person.id, text: "Olá, tudo bem?" }));
    expect(outside.message).toBe("Fora da janela de 24 h: escolha um modelo aprovado.");

    await customerWrote(ctx, e164, "2026-11-23T11:00:00Z");
    const sent = await start(ctx, { personId: person.id, text: "Olá, tudo bem?" });
    const [row] = await t.db.select().from(outboxMessages).where(eq(outboxMessages.id, sent.outboxId));
    expect(row).toMatchObject({ kind: "wa.text", payload: { text: "Olá, tudo bem?" }, recipient: e164 });
    expect((await conversationOf(ctx, e164))!.lastTemplateAt).toBeNull();

    clock.set("2026-11-24T11:00:00Z");
    expect((await refusal(start(ctx, { personId: person.id, text: "Ainda aí?" }))).message).toBe("Fora da janela de 24 h: escolha um modelo aprovado.");
  });

  it.each([
    ["opted out of WhatsApp", "optOut", "Esta pessoa pediu para não receber mensagens por WhatsApp."],
    ["official API not configured", "noOfficial", "Configure a API oficial do WhatsApp (Integração WhatsApp › Configurações) para iniciar conversas."],
    ["template not startable", "pending", "Modelo indisponível: só modelos aprovados e com os coringas mapeados podem iniciar conversas."],
  ])("refuses when %s and queues nothing", async (_, kind, message) => {
    const { ctx, account, template } = await setup();
    const { person, e164 } = await makeDebtor({ optOutWhatsapp: kind === "optOut" });
    if (kind === "noOfficial") {
      await t.db.update(whatsappAccounts).set({ officialAccountId: null }).where(eq(whatsappAccounts.id, account.id));
    }
    const templateId = kind === "pending" ? (await makeTemplate(t.db, account, { status: "pending" })).id : template.id;
    expect((await refusal(start(ctx, { personId: person.id, templateId }))).message).toBe(message);
    expect(await t.db.select().from(outboxMessages).where(eq(outboxMessages.recipient, e164))).toHaveLength(0);
  });

  it.each([
    [{ personId: 1 }, "templateId"],
    [{ personId: 1, templateId: 1, text: "oi" }, "text"],
    [{ personId: 1, text: "x".repeat(4097) }, "text"],
  ])("validates the input %#", (input, field) => {
    const parsed = startConversationSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path.join("."))).toContain(field);
  });

  it("refuses a creditor of another company", async () => {
    const { ctx, template } = await setup();
    const other = await setup();
    const [creditor] = await t.db.insert(creditors).values({ companyId: other.ctx.companyId, name: "Credor Alheio" }).returning();
    const { person } = await makeDebtor();
    const error = await refusal(start(ctx, { personId: person.id, templateId: template.id, creditorId: creditor!.id }));
    expect(error.fieldErrors.creditorId).toEqual(["Credor não encontrado nesta empresa."]);
  });
});
