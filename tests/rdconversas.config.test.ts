import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { additionalFields, auditLog, rdMessages, userCompanies } from "../db/schema";
import { formatCents } from "../lib/br/format";
import { executeAction } from "../lib/core/action";
import { fixedClock } from "../lib/core/clock";
import { loadContext, type Ctx } from "../lib/core/ctx";
import { ServiceError } from "../lib/core/errors";
import { RD_SANDBOX_TOKEN, RD_SEED_CHIPS, RD_SEED_TEMPLATES } from "../lib/providers/rdconversas/simulator-seed";
import { startRdSimulatorServer } from "../lib/providers/rdconversas/simulator-server";
import { createRdMessagesSchema } from "../lib/rdconversas/config-schemas";
import { createRdMessages } from "../lib/rdconversas/config/create-rd-messages";
import { deleteRdMessage } from "../lib/rdconversas/config/delete-rd-message";
import { listRdMessages } from "../lib/rdconversas/config/list-rd-messages";
import { replicateRdMessage } from "../lib/rdconversas/config/replicate-rd-message";
import { saveRdMessage } from "../lib/rdconversas/config/save-rd-message";
import { sendRdTestMessage } from "../lib/rdconversas/config/send-rd-test-message";
import { templateWarning } from "../lib/rdconversas/config/template-warning";
import { testRdConnection } from "../lib/rdconversas/config/test-rd-connection";
import { DUE_BOLETO, DUE_CARNE } from "../lib/rdconversas/message-types";
import { settingActions } from "../lib/settings/actions";
import { makeCompany, makeCtx } from "./support/fixtures";
import { useTestDb } from "./support/test-db";

process.env.APP_SECRET = "chave-de-teste";

const t = useTestDb();
const clock = fixedClock("2026-11-23T12:00:00Z");
const [BOLETO, CARNE, SHIPPED] = RD_SEED_TEMPLATES as [typeof RD_SEED_TEMPLATES[number], typeof RD_SEED_TEMPLATES[number], typeof RD_SEED_TEMPLATES[number]];
const CHIP = RD_SEED_CHIPS[0]!._id;
const BOLETO_FIELDS = ["first_name", "receivable_amount", "due_date", "digitable_line"];
let sim: Awaited<ReturnType<typeof startRdSimulatorServer>>;

/** The message of `type` of the company, as the table shows it. */
const rowOf = async (ctx: Ctx, type: string) => (await listRdMessages({ ctx })).messages.find((m) => m.type === type)!;

/** An admin logged into a new company, also granted the extra companies created here. */
async function adminWith(extraCompanies: number) {
  const base = await makeCtx(t.db);
  const extra = [];
  for (let i = 0; i < extraCompanies; i++) {
    const company = await makeCompany(t.db, `Filial ${i + 1}`);
    await t.db.insert(userCompanies).values({ userId: base.user.id, companyId: company.id });
    extra.push(company);
  }
  const ctx = await loadContext(t.db, base.user.id, clock);
  return { ctx: { ...ctx, companyId: base.company.id }, extra };
}

const createBoleto = (ctx: Ctx) => createRdMessages({ ctx, input: { items: [{ templateId: BOLETO._id, type: DUE_BOLETO, chipId: CHIP }] } });

async function refusal(promise: Promise<unknown>): Promise<ServiceError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof ServiceError)) throw new Error(`expected a ServiceError, got ${String(error)}`);
  return error;
}

beforeAll(async () => {
  sim = await startRdSimulatorServer();
  process.env.RDCONVERSAS_BASE_URL = sim.baseUrl;
  await t.db.insert(additionalFields).values({ code: "RDCONV_ID", label: "ID RD Conversas", type: "text" }).onConflictDoNothing();
  const { user } = await makeCtx(t.db);
  const saved = await executeAction(settingActions["settings.update"], {
    code: "DS_LST_CONFIG_RDCONVERSAS",
    value: { DS_TOKEN_RDCONVERSAS: RD_SANDBOX_TOKEN, CD_CAMPO_ADIC_PESRDCONV: "RDCONV_ID", NR_CHIP_RDCONVERSAS: "(11) 99999-0001", QT_DIAS_AVISO_VENC: 2 },
  }, { userId: user.id }, { db: t.db, clock });
  expect(saved).toMatchObject({ ok: true });
});
afterAll(() => sim.close());
beforeEach(() => sim.state.reset());

describe("INTFM037 messages from provider templates", () => {
  it("creates one message per selected template, inactive with an incomplete field list until the fields are set", async () => {
    const { ctx } = await adminWith(0);
    const result = await createRdMessages({ ctx, input: { items: [
      { templateId: BOLETO._id, type: DUE_BOLETO, chipId: CHIP },
      { templateId: CARNE._id, type: DUE_CARNE, chipId: RD_SEED_CHIPS[1]!._id },
    ] } });
    expect(result.created).toHaveLength(2);
    const boleto = await rowOf(ctx, DUE_BOLETO);
    expect(boleto).toMatchObject({
      typeLabel: "Vencimento boleto", templateName: "lembrete_vencimento_boleto", chipLabel: "Cobrança · +55 11 99999-0001",
      active: false, fields: [], variableCount: 4, warning: null,
    });
    expect(boleto.fieldProblem).toMatch(/4 variável\(is\) e a lista tem 0/);
    expect(await rowOf(ctx, DUE_CARNE)).toMatchObject({ chipLabel: "Atendimento · +55 11 99999-0002", active: false });
    const audits = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, "rd_message"), eq(auditLog.companyId, ctx.companyId)));
    expect(audits.map((a) => a.action)).toEqual(["create", "create"]);
  });

  it("refuses the same type chosen for two templates, naming the type", () => {
    const parsed = createRdMessagesSchema.safeParse({ items: [
      { templateId: BOLETO._id, type: DUE_BOLETO, chipId: CHIP },
      { templateId: CARNE._id, type: DUE_BOLETO, chipId: CHIP },
    ] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({
      path: ["items", 1, "type"], message: "O tipo \"Vencimento boleto\" foi escolhido para mais de um template.",
    });
  });

  it("refuses a type the company already uses and creates nothing of that selection", async () => {
    const { ctx } = await adminWith(0);
    await createBoleto(ctx);
    const error = await refusal(createRdMessages({ ctx, input: { items: [
      { templateId: CARNE._id, type: DUE_CARNE, chipId: CHIP },
      { templateId: CARNE._id, type: DUE_BOLETO, chipId: CHIP },
    ] } }));
    expect(error).toMatchObject({ code: "CONFLICT", message: "A empresa já tem uma mensagem do tipo Vencimento boleto." });
    expect(error.fieldErrors["items.1.type"]).toEqual(["A empresa já tem uma mensagem do tipo Vencimento boleto."]);
    expect((await listRdMessages({ ctx })).messages.map((m) => m.type)).toEqual([DUE_BOLETO]);
  });
});

describe("INTFM037 field list", () => {
  it("refuses a list whose count differs from the template's variables", async () => {
    const { ctx } = await adminWith(0);
    const { created: [boleto] } = await createBoleto(ctx);
    const error = await refusal(saveRdMessage({ ctx, input: { id: boleto!.id, chipId: CHIP, active: true, fields: ["first_name", "due_date"] } }));
    expect(error.fieldErrors.fields).toEqual(["O template tem 4 variável(is) e a lista tem 2 campo(s): informe exatamente 4."]);
    expect(await rowOf(ctx, DUE_BOLETO)).toMatchObject({ active: false, fields: [] });
  });

  it("refuses an order field in a due-date message", async () => {
    const { ctx } = await adminWith(0);
    const { created: [boleto] } = await createBoleto(ctx);
    const fields = ["first_name", "receivable_amount", "due_date", "order_number"];
    const error = await refusal(saveRdMessage({ ctx, input: { id: boleto!.id, chipId: CHIP, active: true, fields } }));
    expect(error.fieldErrors.fields).toEqual(["O campo \"Número do pedido\" não pode ser usado em uma mensagem de vencimento."]);
  });

  it("saves a complete list, activates the message and lists its fields in order", async () => {
    const { ctx } = await adminWith(0);
    const { created: [boleto] } = await createBoleto(ctx);
    await saveRdMessage({ ctx, input: { id: boleto!.id, chipId: RD_SEED_CHIPS[1]!._id, active: true, fields: BOLETO_FIELDS } });
    expect(await rowOf(ctx, DUE_BOLETO)).toMatchObject({
      active: true, fieldProblem: null, chipLabel: "Atendimento · +55 11 99999-0002",
      fieldLabels: "1. Primeiro nome, 2. Valor do título (R$), 3. Data de vencimento (dd/MM/aaaa), 4. Linha digitável do boleto",
    });
  });
});

describe("INTFM037 replicate and company scope", () => {
  it("replicates to the chosen companies and reports the one that already had the type as skipped", async () => {
    const { ctx, extra: [first, second] } = await adminWith(2);
    const { created: [boleto] } = await createBoleto(ctx);
    await saveRdMessage({ ctx, input: { id: boleto!.id, chipId: CHIP, active: true, fields: BOLETO_FIELDS } });
    await createBoleto({ ...ctx, companyId: second!.id });
    const { outcomes } = await replicateRdMessage({ ctx, input: { id: boleto!.id, companyIds: [first!.id, second!.id] } });
    expect(outcomes).toEqual([
      { companyId: first!.id, companyName: "Filial 1", created: true, detail: "criada" },
      { companyId: second!.id, companyName: "Filial 2", created: false, detail: "ignorada: já existe mensagem do tipo Vencimento boleto" },
    ]);
    expect(await rowOf({ ...ctx, companyId: first!.id }, DUE_BOLETO)).toMatchObject({ active: true, fields: BOLETO_FIELDS });
    expect(await rowOf({ ...ctx, companyId: second!.id }, DUE_BOLETO)).toMatchObject({ active: false, fields: [] });
  });

  it("refuses another company's message and replication to a company not granted", async () => {
    const { ctx } = await adminWith(0);
    const { ctx: other } = await adminWith(0);
    const { created: [foreign] } = await createBoleto(other);
    const input = { id: foreign!.id, chipId: CHIP, active: true, fields: BOLETO_FIELDS };
    expect(await refusal(saveRdMessage({ ctx, input }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(deleteRdMessage({ ctx, input: { id: foreign!.id } }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(sendRdTestMessage({ ctx, input: { id: foreign!.id, phone: "11987654321" } }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(replicateRdMessage({ ctx, input: { id: foreign!.id, companyIds: [ctx.companyId] } }))).toMatchObject({ code: "NOT_FOUND" });

    const { created: [mine] } = await createBoleto(ctx);
    expect(await refusal(replicateRdMessage({ ctx, input: { id: mine!.id, companyIds: [other.companyId] } }))).toMatchObject({ code: "FORBIDDEN" });
    const [stillOne] = await t.db.select().from(rdMessages).where(eq(rdMessages.companyId, other.companyId));
    expect(stillOne!.id).toBe(foreign!.id);
  });
});

describe("INTFM037 provider template drift", () => {
  it("warns when the template's text changed or it disappeared, and saving the reviewed message clears the warning", async () => {
    const { ctx } = await adminWith(0);
    await createRdMessages({ ctx, input: { items: [
      { templateId: BOLETO._id, type: DUE_BOLETO, chipId: CHIP },
      { templateId: SHIPPED._id, type: "order:shipped", chipId: CHIP },
    ] } });
    sim.state.templates[0]!.text = "Olá, {{1}}! Seu boleto de {{2}} vence em {{3}}.";
    sim.state.templates = sim.state.templates.filter((tpl) => tpl._id !== SHIPPED._id);
    const { messages, provider } = await listRdMessages({ ctx });
    expect(provider.state).toBe("ok");
    expect(messages.find((m) => m.type === DUE_BOLETO)).toMatchObject({ warning: expect.stringContaining("mudou"), variableCount: 3 });
    expect(messages.find((m) => m.type === "order:shipped")!.warning).toMatch(/não existe mais/);

    const boleto = messages.find((m) => m.type === DUE_BOLETO)!;
    await saveRdMessage({ ctx, input: { id: boleto.id, chipId: CHIP, active: true, fields: ["first_name", "receivable_amount", "due_date"] } });
    expect((await rowOf(ctx, DUE_BOLETO)).warning).toBeNull();
  });

  it("shows no per-row warning when the provider cannot be reached, only the provider's reason", async () => {
    const { ctx } = await adminWith(0);
    await createBoleto(ctx);
    sim.state.tokens.clear();
    const { messages, provider } = await listRdMessages({ ctx });
    expect(provider).toEqual({ state: "unreachable", message: "Token do RD Conversas inválido" });
    expect(messages[0]!.warning).toBeNull();
  });

  it.each([
    ["same text", BOLETO.text, null],
    ["changed text", `${BOLETO.text} Obrigado.`, /mudou no RD Conversas/],
  ])("templateWarning: %s", (_, liveText, expected) => {
    const warning = templateWarning({ templateId: BOLETO._id, templateName: BOLETO.name, templateText: BOLETO.text }, [{ id: BOLETO._id, text: liveText }]);
    if (expected) expect(warning).toMatch(expected);
    else expect(warning).toBeNull();
  });
});

describe("INTFM037 test connection and test send", () => {
  it("says the token is invalid when the provider refuses it", async () => {
    const { ctx } = await adminWith(0);
    const error = await refusal(testRdConnection({ ctx, input: { token: "token-errado", chipNumber: "" } }));
    expect(error.message).toBe("Falha na conexão: Token do RD Conversas inválido");
    expect(error.fieldErrors.DS_TOKEN_RDCONVERSAS).toEqual(["Token do RD Conversas inválido"]);
  });

  it("counts chips and templates with the stored token and says whether the contract's chip is there", async () => {
    const { ctx } = await adminWith(0);
    expect((await testRdConnection({ ctx, input: { token: "", chipNumber: "" } })).message)
      .toBe("Conexão OK: 2 chip(s), 5 template(s); chip do contrato encontrado.");
    expect((await testRdConnection({ ctx, input: { token: "", chipNumber: "11 98888-7777" } })).message)
      .toBe("Conexão OK: 2 chip(s), 5 template(s); chip do contrato não encontrado.");
  });

  it("sends the template with the sample values to the typed phone, refuses a bad phone and an incomplete list", async () => {
    const { ctx } = await adminWith(0);
    const { created: [boleto] } = await createBoleto(ctx);
    expect(await refusal(sendRdTestMessage({ ctx, input: { id: boleto!.id, phone: "11987654321" } })))
      .toMatchObject({ message: expect.stringMatching(/^Lista de campos incompleta/) });
    await saveRdMessage({ ctx, input: { id: boleto!.id, chipId: CHIP, active: true, fields: BOLETO_FIELDS } });
    expect((await refusal(sendRdTestMessage({ ctx, input: { id: boleto!.id, phone: "123" } }))).fieldErrors.phone)
      .toEqual(["Telefone inválido: informe DDD e número, ex.: (11) 98765-4321."]);

    const sent = await sendRdTestMessage({ ctx, input: { id: boleto!.id, phone: "(11) 98765-4321" } });
    expect(sent.message).toBe(`Enviado (id ${sent.providerId}).`);
    const [received] = sim.state.inbox.get("+5511987654321") ?? [];
    expect(received).toMatchObject({ templateId: BOLETO._id, variables: ["Maria", formatCents(15990), "25/05/2024", expect.stringMatching(/^34191/)] });
    const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, "rd_message"), eq(auditLog.action, "test_send")));
    expect(audit).toMatchObject({ entityId: String(boleto!.id) });
  });
});
