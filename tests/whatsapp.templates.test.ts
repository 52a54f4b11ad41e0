import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { auditLog, notifications, providerAccounts, whatsappAccounts, whatsappTemplates } from "../db/schema";
import { executeAction } from "../lib/core/action";
import { fixedClock } from "../lib/core/clock";
import { encryptSecret } from "../lib/core/crypto";
import type { Ctx } from "../lib/core/ctx";
import { ServiceError } from "../lib/core/errors";
import { createMetaTemplate, listMetaTemplates } from "../lib/providers/meta/client";
import { reviewMetaTemplate } from "../lib/providers/meta/simulator-control";
import { startMetaSimulatorServer } from "../lib/providers/meta/simulator-server";
import { whatsappAccountFor } from "../lib/whatsapp/account/whatsapp-account-for";
import { whatsappTemplateActions } from "../lib/whatsapp/template-actions";
import { createTemplate } from "../lib/whatsapp/templates/create-template";
import { deleteTemplate } from "../lib/whatsapp/templates/delete-template";
import { listTemplates } from "../lib/whatsapp/templates/list-templates";
import { resubmitTemplate } from "../lib/whatsapp/templates/resubmit-template";
import { saveTemplateMapping } from "../lib/whatsapp/templates/save-template-mapping";
import { syncTemplates } from "../lib/whatsapp/templates/sync-templates";
import { makeCtx, makeUser } from "./support/fixtures";
import { useTestDb } from "./support/test-db";

const t = useTestDb();
let sim: Awaited<ReturnType<typeof startMetaSimulatorServer>>;
const WABA = "100200300";
const PHONE_ID = "400500600";

beforeAll(async () => {
  sim = await startMetaSimulatorServer();
});
afterAll(async () => {
  await sim.close();
});
beforeEach(() => {
  sim.state.reset();
  // Manual review only: each test decides when Meta answers.
  sim.state.setReviewRules({ autoReviewMs: null, rejectWords: ["proibido"] });
  // Registered directly (no callback verification): these tests follow statuses through "Sincronizar", not the webhook.
  sim.state.apps.push({
    wabaId: WABA, phoneNumberId: PHONE_ID, displayPhoneNumber: "5511999990000", token: "tok-meta", appSecret: "segredo", verifyToken: "verifica",
    callbackUrl: "http://127.0.0.1:9/webhook", registeredAt: new Date(),
  });
});

/** An admin whose company has the official API configured against the simulator. */
async function officialCtx(iso = "2026-11-23T12:00:00Z"): Promise<Ctx> {
  const ctx = await makeCtx(t.db, "admin", iso);
  const account = await whatsappAccountFor(t.db, ctx.companyId);
  const [provider] = await t.db.insert(providerAccounts).values({
    provider: "meta", name: `WhatsApp oficial · ${ctx.companyId}`, baseUrl: sim.baseUrl,
    credentials: { token: encryptSecret("tok-meta"), appSecret: encryptSecret("segredo"), verifyToken: encryptSecret("verifica"), wabaId: WABA, phoneNumberId: PHONE_ID },
  }).returning();
  await t.db.update(whatsappAccounts).set({ officialAccountId: provider!.id }).where(eq(whatsappAccounts.id, account.id));
  return ctx;
}

const draft = { name: "cobranca_mensalidade", category: "UTILITY" as const, body: "Olá {{1}}, aqui é da escola {{2}}. Podemos falar agora?", examples: ["Maria", "Aprender"] };
const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => {
  if (!(error instanceof ServiceError)) throw error;
  return { code: error.code, message: error.message, fieldErrors: error.fieldErrors };
});
const row = async (id: number) => (await t.db.select().from(whatsappTemplates).where(eq(whatsappTemplates.id, id)))[0]!;

describe("submitting templates to Meta", () => {
  it("creates the template at Meta and records it as Pendente with Meta's id, audited", async () => {
    const ctx = await officialCtx();
    const created = await createTemplate({ ctx, input: draft });
    const stored = await row(created.id);
    expect([stored.status, stored.name, stored.examples, stored.submittedAt?.toISOString()]).toEqual(["pending", "cobranca_mensalidade", ["Maria", "Aprender"], "2026-11-23T12:00:00.000Z"]);
    const remote = sim.state.templates.get(stored.metaTemplateId!);
    expect([remote?.name, remote?.status, remote?.category]).toEqual(["cobranca_mensalidade", "PENDING", "UTILITY"]);
    const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, "whatsapp_template"), eq(auditLog.entityId, String(created.id))));
    expect(audit?.action).toBe("create");
  });

  it("refuses a name already used in the account before calling Meta, with a link to it", async () => {
    const ctx = await officialCtx();
    const first = await createTemplate({ ctx, input: draft });
    const before = sim.state.templates.size;
    expect(await refusal(createTemplate({ ctx, input: draft }))).toEqual({
      code: "CONFLICT", message: "Já existe um modelo chamado cobranca_mensalidade nesta conta.", fieldErrors: { name: ["Já existe um modelo chamado cobranca_mensalidade nesta conta."] },
    });
    expect(sim.state.templates.size).toBe(before);
    expect(first.id).toBeGreaterThan(0);
  });

  it("saves nothing when Meta refuses (invalid token), showing Meta's code", async () => {
    const ctx = await officialCtx();
    sim.state.setFaults({ invalidToken: true });
    const refused = await refusal(createTemplate({ ctx, input: draft }));
    expect(refused?.code).toBe("PROVIDER_REJECTED");
    expect(refused?.message).toMatch(/^A Meta recusou o modelo: .*190/);
    expect(await t.db.select().from(whatsappTemplates).where(eq(whatsappTemplates.companyId, ctx.companyId))).toHaveLength(0);
  });

  it("refuses while the official API is not configured, or the account uses the unofficial API", async () => {
    const ctx = await makeCtx(t.db, "admin");
    expect((await refusal(createTemplate({ ctx, input: draft })))?.message).toBe("Configure a API oficial (WABA, número e token) na aba Configurações antes de criar modelos.");
    const configured = await officialCtx();
    await t.db.update(whatsappAccounts).set({ apiMode: "unofficial" }).where(eq(whatsappAccounts.companyId, configured.companyId));
    expect((await refusal(createTemplate({ ctx: configured, input: draft })))?.message).toMatch(/^Modelos de início de chat só existem na API oficial/);
  });

  it("normalises the typed name through the action and names each invalid field", async () => {
    const ctx = await officialCtx();
    const deps = { db: t.db, clock: fixedClock("2026-11-23T12:00:00Z") };
    const ok = await executeAction(whatsappTemplateActions["whatsapp.createTemplate"], { ...draft, name: "Aviso de Vencimento" }, { userId: ctx.user.id }, deps);
    expect(ok.ok && ok.data.name).toBe("aviso_de_vencimento");
    const bad = await executeAction(whatsappTemplateActions["whatsapp.createTemplate"], { ...draft, name: "x2", body: "Oi {{1}} e {{3}}, ok?" }, { userId: ctx.user.id }, deps);
    expect(bad).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { body: ["Falta o coringa {{2}}: numere em sequência, sem lacunas."] } });
    const operator = await makeUser(t.db, "operator", [ctx.companyId]);
    expect(await executeAction(whatsappTemplateActions["whatsapp.createTemplate"], draft, { userId: operator.id }, deps)).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("statuses, resubmission, mapping and sync", () => {
  it("Sincronizar applies Meta's decisions, with the rejection reason in Portuguese, and notifies the account's admin user", async () => {
    const ctx = await officialCtx();
    await t.db.update(whatsappAccounts).set({ adminUserId: ctx.user.id }).where(eq(whatsappAccounts.companyId, ctx.companyId));
    const approved = await createTemplate({ ctx, input: draft });
    const rejected = await createTemplate({ ctx, input: { ...draft, name: "oferta" } });
    expect(reviewMetaTemplate(sim.state, (await row(approved.id)).metaTemplateId!, { decision: "APPROVED" }).ok).toBe(true);
    expect(reviewMetaTemplate(sim.state, (await row(rejected.id)).metaTemplateId!, { decision: "REJECTED", reason: "INCORRECT_CATEGORY" }).ok).toBe(true);
    const result = await syncTemplates({ ctx });
    expect([result.updated, result.imported, result.message]).toEqual([2, 0, "Sincronizado: 2 modelo(s) na Meta, 2 atualizado(s), 0 importado(s)."]);
    expect((await row(approved.id)).status).toBe("approved");
    expect([(await row(rejected.id)).status, (await row(rejected.id)).rejectionReason]).toEqual(["rejected", "Categoria incorreta para o conteúdo"]);
    const notes = await t.db.select().from(notifications).where(eq(notifications.userId, ctx.user.id));
    expect(notes.map((n) => n.title).sort()).toEqual(["Modelo cobranca_mensalidade: Aprovada", "Modelo oferta: Rejeitada"]);
    // A second sync changes nothing and notifies nobody again.
    expect((await syncTemplates({ ctx })).updated).toBe(0);
    expect(await t.db.select().from(notifications).where(eq(notifications.userId, ctx.user.id))).toHaveLength(2);
  });

  it("imports templates created directly in Meta, to be mapped before use", async () => {
    const ctx = await officialCtx();
    const made = await createMetaTemplate({ baseUrl: sim.baseUrl, token: "tok-meta", wabaId: WABA, phoneNumberId: PHONE_ID }, { name: "feito_na_meta", category: "MARKETING", body: "Promoção para {{1}} hoje.", examples: ["Ana"] });
    expect(made.ok).toBe(true);
    const result = await syncTemplates({ ctx });
    expect(result.imported).toBe(1);
    const { items } = await listTemplates({ ctx, input: { page: 1 } });
    expect(items.map((i) => [i.name, i.status, i.imported, i.category, i.body, i.mapped])).toEqual([["feito_na_meta", "pending", true, "MARKETING", "Promoção para {{1}} hoje.", false]]);
  });

  it("a rejected template is edited and resubmitted: Pendente again, reason cleared, at Meta too", async () => {
    const ctx = await officialCtx();
    const created = await createTemplate({ ctx, input: { ...draft, body: "Produto proibido para {{1}}, ok?", examples: ["Maria"] } });
    const metaId = (await row(created.id)).metaTemplateId!;
    reviewMetaTemplate(sim.state, metaId, { decision: "REJECTED", reason: "ABUSIVE_CONTENT" });
    await syncTemplates({ ctx });
    await resubmitTemplate({ ctx, input: { id: created.id, category: "UTILITY", body: "Olá {{1}}, podemos conversar agora?", examples: ["Maria"] } });
    const stored = await row(created.id);
    expect([stored.status, stored.rejectionReason, stored.body]).toEqual(["pending", null, "Olá {{1}}, podemos conversar agora?"]);
    expect(sim.state.templates.get(metaId)?.status).toBe("PENDING");
    // Only rejected or paused templates can be resubmitted.
    expect((await refusal(resubmitTemplate({ ctx, input: { id: created.id, category: "UTILITY", body: "Outro {{1}} texto.", examples: ["x"] } })))?.message)
      .toBe("Só modelos rejeitados ou pausados podem ser alterados e reenviados; crie um novo modelo para outro texto.");
  });

  it("maps every variable only after approval, and only completely", async () => {
    const ctx = await officialCtx();
    const created = await createTemplate({ ctx, input: draft });
    expect((await refusal(saveTemplateMapping({ ctx, input: { id: created.id, mapping: ["debtor.name", "creditor.name"] } })))?.message)
      .toBe("Os coringas só podem ser associados depois que a Meta aprovar o modelo.");
    reviewMetaTemplate(sim.state, (await row(created.id)).metaTemplateId!, { decision: "APPROVED" });
    await syncTemplates({ ctx });
    expect((await refusal(saveTemplateMapping({ ctx, input: { id: created.id, mapping: ["debtor.name"] } })))?.message)
      .toBe("O modelo tem 2 coringa(s); associe um campo a cada um (recebidos 1).");
    await saveTemplateMapping({ ctx, input: { id: created.id, mapping: ["debtor.first_name", "creditor.name"] } });
    const { items } = await listTemplates({ ctx, input: { page: 1 } });
    expect(items.map((i) => [i.status, i.mapped])).toEqual([["approved", true]]);
  });

  it("deletes at Meta and here; another company's template is not found", async () => {
    const ctx = await officialCtx();
    const created = await createTemplate({ ctx, input: draft });
    const other = await officialCtx();
    expect((await refusal(deleteTemplate({ ctx: other, input: { id: created.id } })))?.code).toBe("NOT_FOUND");
    await deleteTemplate({ ctx, input: { id: created.id } });
    expect(await t.db.select().from(whatsappTemplates).where(eq(whatsappTemplates.companyId, ctx.companyId))).toHaveLength(0);
    const remote = await listMetaTemplates({ baseUrl: sim.baseUrl, token: "tok-meta", wabaId: WABA, phoneNumberId: PHONE_ID });
    expect(remote.ok && remote.items.map((i) => i.name)).toEqual([]);
  });
});
