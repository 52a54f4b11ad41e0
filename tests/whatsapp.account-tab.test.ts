import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, whatsappCreditorSettings } from "../db/schema";
import { executeAction } from "../lib/core/action";
import { fixedClock } from "../lib/core/clock";
import { setCreditorActive } from "../lib/creditors/set-creditor-active";
import { saveCreditor } from "../lib/creditors/save-creditor";
import { saveDocumentTemplate } from "../lib/documents/save-document-template";
import { whatsappAccountFor } from "../lib/whatsapp/account/whatsapp-account-for";
import { whatsappAccountTabActions } from "../lib/whatsapp/account-tab-actions";
import { getAccountTab } from "../lib/whatsapp/account-tab/get-account-tab";
import { whatsappCreditorSettingsActions } from "../lib/whatsapp/creditor-settings-actions";
import { effectiveDocuments } from "../lib/whatsapp/creditor-settings/effective-documents";
import { listCreditorSettings } from "../lib/whatsapp/creditor-settings/list-creditor-settings";
import { makeCtx, makeUser } from "./support/fixtures";
import { useTestDb } from "./support/test-db";

const t = useTestDb();
const clock = fixedClock("2026-11-23T12:00:00Z");
const run = (name: keyof typeof actions, userId: number, input: unknown) => executeAction(actions[name] as Parameters<typeof executeAction>[0], input, { userId }, { db: t.db, clock });
const actions = { ...whatsappAccountTabActions, ...whatsappCreditorSettingsActions };
const ORIGINAL_ONLY = "Selecione um demonstrativo de débito do tipo “Título Original”.";

type Ctx = Awaited<ReturnType<typeof makeCtx>>;

/** A company with one document of each kind, a creditor and a second active user. */
async function setup(ctx: Ctx) {
  const doc = (kind: "agreement_term" | "debt_statement", name: string, statementType: "original_title" | "updated_title" | null = null) =>
    saveDocumentTemplate({ ctx, input: { kind, name, statementType, body: "Texto #NOME_DEVEDOR#" } });
  return {
    term: await doc("agreement_term", "Termo"),
    original: await doc("debt_statement", "Original", "original_title"),
    updated: await doc("debt_statement", "Atualizado", "updated_title"),
    creditor: await saveCreditor({ ctx, input: { name: "Escola Aprender", document: null } }),
    colleague: await makeUser(t.db, "operator", [ctx.companyId], { name: "Ana Assinante" }),
  };
}

describe("effectiveDocuments: the creditor's override wins per field", () => {
  it.each([
    ["no override", { agreementTermId: 1, debtStatementId: 2 }, null, { agreementTermId: 1, debtStatementId: 2 }],
    ["both overridden", { agreementTermId: 1, debtStatementId: 2 }, { agreementTermId: 3, debtStatementId: 4 }, { agreementTermId: 3, debtStatementId: 4 }],
    ["only the term", { agreementTermId: 1, debtStatementId: 2 }, { agreementTermId: 3, debtStatementId: null }, { agreementTermId: 3, debtStatementId: 2 }],
    ["only the statement", { agreementTermId: 1, debtStatementId: 2 }, { agreementTermId: null, debtStatementId: 4 }, { agreementTermId: 1, debtStatementId: 4 }],
    ["account empty, override set", { agreementTermId: null, debtStatementId: null }, { agreementTermId: 3, debtStatementId: null }, { agreementTermId: 3, debtStatementId: null }],
    ["nothing anywhere", { agreementTermId: null, debtStatementId: null }, undefined, { agreementTermId: null, debtStatementId: null }],
  ])("%s", (_, account, override, expected) => {
    expect(effectiveDocuments(account, override)).toEqual(expected);
  });
});

describe("Conta tab", () => {
  it("offers only the company's terms, its “Título Original” statements and its active users", async () => {
    const ctx = await makeCtx(t.db);
    const s = await setup(ctx);
    await makeUser(t.db, "admin", [ctx.companyId], { name: "Inativo", active: false });
    const other = await makeCtx(t.db);
    await setup(other);
    const tab = await getAccountTab({ ctx });
    expect(tab.values).toEqual({ agreementTermId: null, debtStatementId: null, signingUserId: null, adminUserId: null });
    expect(tab.agreementTerms).toEqual([{ id: s.term.id, name: "Termo" }]);
    expect(tab.debtStatements).toEqual([{ id: s.original.id, name: "Original" }]);
    expect(tab.users.map((u) => u.id).sort()).toEqual([ctx.user.id, s.colleague.id].sort());
  });

  it("saves the four choices, audited, and clears them with empty selects", async () => {
    const ctx = await makeCtx(t.db);
    const s = await setup(ctx);
    const input = { agreementTermId: String(s.term.id), debtStatementId: String(s.original.id), signingUserId: String(s.colleague.id), adminUserId: String(ctx.user.id) };
    expect(await run("whatsapp.saveAccountTab", ctx.user.id, input)).toMatchObject({ ok: true });
    expect((await getAccountTab({ ctx })).values).toEqual({ agreementTermId: s.term.id, debtStatementId: s.original.id, signingUserId: s.colleague.id, adminUserId: ctx.user.id });
    expect(await run("whatsapp.saveAccountTab", ctx.user.id, { agreementTermId: "", debtStatementId: "", signingUserId: "", adminUserId: "" })).toMatchObject({ ok: true });
    const account = await whatsappAccountFor(t.db, ctx.companyId);
    expect([account.agreementTermId, account.adminUserId, account.updatedAt.toISOString()]).toEqual([null, null, "2026-11-23T12:00:00.000Z"]);
    const entries = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, "whatsapp_account"), eq(auditLog.entityId, String(account.id)))).orderBy(asc(auditLog.id));
    expect(entries.map((e) => [e.action, (e.after as { agreementTermId: number | null }).agreementTermId])).toEqual([["update", s.term.id], ["update", null]]);
  });

  it.each([
    ["a statement as the term", (s: Setup) => ({ agreementTermId: s.original.id }), "INVALID", { agreementTermId: ["Selecione um termo de acordo."] }],
    ["a “Título Atualizado” statement", (s: Setup) => ({ debtStatementId: s.updated.id }), "INVALID", { debtStatementId: [ORIGINAL_ONLY] }],
    ["a term as the statement", (s: Setup) => ({ debtStatementId: s.term.id }), "INVALID", { debtStatementId: [ORIGINAL_ONLY] }],
    ["another company's term", (_: Setup, o: Setup) => ({ agreementTermId: o.term.id }), "NOT_FOUND", { agreementTermId: ["Termo de acordo não encontrado nesta empresa."] }],
    ["another company's statement", (_: Setup, o: Setup) => ({ debtStatementId: o.original.id }), "NOT_FOUND", { debtStatementId: ["Demonstrativo de débito não encontrado nesta empresa."] }],
    ["a user of another company", (_: Setup, o: Setup) => ({ signingUserId: o.colleague.id }), "NOT_FOUND", { signingUserId: ["Usuário não encontrado nesta empresa."] }],
    ["a missing user", () => ({ adminUserId: 999_999 }), "NOT_FOUND", { adminUserId: ["Usuário não encontrado nesta empresa."] }],
    ["an id that is not a number", () => ({ agreementTermId: "abc" }), "INVALID", { agreementTermId: [expect.any(String)] }],
  ])("refuses %s, changing nothing", async (_, pick, code, fieldErrors) => {
    const ctx = await makeCtx(t.db);
    const s = await setup(ctx);
    const o = await setup(await makeCtx(t.db));
    const input = { agreementTermId: null, debtStatementId: null, signingUserId: null, adminUserId: null, ...pick(s, o) };
    expect(await run("whatsapp.saveAccountTab", ctx.user.id, input)).toMatchObject({ ok: false, code, fieldErrors });
    expect((await getAccountTab({ ctx })).values).toEqual({ agreementTermId: null, debtStatementId: null, signingUserId: null, adminUserId: null });
  });

  it("refuses an inactive user as the admin user", async () => {
    const ctx = await makeCtx(t.db);
    const inactive = await makeUser(t.db, "admin", [ctx.companyId], { active: false });
    expect(await run("whatsapp.saveAccountTab", ctx.user.id, { agreementTermId: null, debtStatementId: null, signingUserId: null, adminUserId: inactive.id }))
      .toMatchObject({ ok: false, code: "INVALID", fieldErrors: { adminUserId: ["Selecione um usuário ativo: este está inativo."] } });
  });

  it("refuses operators", async () => {
    const ctx = await makeCtx(t.db, "operator");
    expect(await run("whatsapp.saveAccountTab", ctx.user.id, { agreementTermId: null, debtStatementId: null, signingUserId: null, adminUserId: null }))
      .toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

type Setup = Awaited<ReturnType<typeof setup>>;

describe("Credor tab", () => {
  it("lists creditors with “Usa o da conta”, saves an override (audited) and removes it", async () => {
    const ctx = await makeCtx(t.db);
    const s = await setup(ctx);
    await run("whatsapp.saveAccountTab", ctx.user.id, { agreementTermId: s.term.id, debtStatementId: s.original.id, signingUserId: null, adminUserId: null });
    const before = await listCreditorSettings({ ctx, input: { page: 1 } });
    expect(before.rows).toEqual([{ creditor: { id: s.creditor.id, name: "Escola Aprender", active: true }, override: null }]);
    expect(before.account).toEqual({ agreementTermName: "Termo", debtStatementName: "Original" });

    const term2 = await saveDocumentTemplate({ ctx, input: { kind: "agreement_term", name: "Termo da escola", statementType: null, body: "x" } });
    expect(await run("whatsapp.saveCreditorOverride", ctx.user.id, { creditorId: s.creditor.id, agreementTermId: term2.id, debtStatementId: null })).toMatchObject({ ok: true });
    const after = await listCreditorSettings({ ctx, input: { page: 1 } });
    expect(after.rows[0]?.override).toEqual({ agreementTermId: term2.id, debtStatementId: null, agreementTermName: "Termo da escola", debtStatementName: null });
    const account = await whatsappAccountFor(t.db, ctx.companyId);
    expect(effectiveDocuments(account, after.rows[0]?.override)).toEqual({ agreementTermId: term2.id, debtStatementId: s.original.id });

    expect(await run("whatsapp.saveCreditorOverride", ctx.user.id, { creditorId: s.creditor.id, agreementTermId: term2.id, debtStatementId: s.original.id })).toMatchObject({ ok: true });
    expect(await run("whatsapp.removeCreditorOverride", ctx.user.id, { creditorId: s.creditor.id })).toEqual({ ok: true, data: { creditorId: s.creditor.id, removed: true } });
    expect((await listCreditorSettings({ ctx, input: { page: 1 } })).rows[0]?.override).toBeNull();
    const entries = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, "whatsapp_creditor_setting"), eq(auditLog.entityId, `${account.id}:${s.creditor.id}`))).orderBy(asc(auditLog.id));
    expect(entries.map((e) => e.action)).toEqual(["create", "update", "delete"]);
  });

  it.each([
    ["nothing chosen", (s: Setup) => ({ creditorId: s.creditor.id, agreementTermId: null, debtStatementId: null }), "INVALID", { agreementTermId: [expect.stringContaining("remova a configuração do credor")] }],
    ["a “Título Atualizado” statement", (s: Setup) => ({ creditorId: s.creditor.id, agreementTermId: null, debtStatementId: s.updated.id }), "INVALID", { debtStatementId: [ORIGINAL_ONLY] }],
    ["another company's term", (s: Setup, o: Setup) => ({ creditorId: s.creditor.id, agreementTermId: o.term.id, debtStatementId: null }), "NOT_FOUND", { agreementTermId: ["Termo de acordo não encontrado nesta empresa."] }],
    ["another company's creditor", (s: Setup, o: Setup) => ({ creditorId: o.creditor.id, agreementTermId: s.term.id, debtStatementId: null }), "NOT_FOUND", {}],
  ])("refuses %s, storing nothing", async (_, pick, code, fieldErrors) => {
    const ctx = await makeCtx(t.db);
    const s = await setup(ctx);
    const o = await setup(await makeCtx(t.db));
    expect(await run("whatsapp.saveCreditorOverride", ctx.user.id, pick(s, o))).toMatchObject({ ok: false, code, fieldErrors });
    expect(await t.db.select().from(whatsappCreditorSettings).where(eq(whatsappCreditorSettings.creditorId, s.creditor.id))).toEqual([]);
    expect(await t.db.select().from(whatsappCreditorSettings).where(eq(whatsappCreditorSettings.creditorId, o.creditor.id))).toEqual([]);
  });

  it("refuses removing another company's override and only lists the logged company's creditors", async () => {
    const ctx = await makeCtx(t.db);
    const s = await setup(ctx);
    const otherCtx = await makeCtx(t.db);
    const o = await setup(otherCtx);
    expect(await run("whatsapp.saveCreditorOverride", otherCtx.user.id, { creditorId: o.creditor.id, agreementTermId: o.term.id, debtStatementId: null })).toMatchObject({ ok: true });
    expect(await run("whatsapp.removeCreditorOverride", ctx.user.id, { creditorId: o.creditor.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await t.db.select().from(whatsappCreditorSettings).where(eq(whatsappCreditorSettings.creditorId, o.creditor.id))).toHaveLength(1);
    await setCreditorActive({ ctx, input: { id: s.creditor.id, active: false } });
    expect((await listCreditorSettings({ ctx, input: { page: 1 } })).rows.map((r) => [r.creditor.name, r.creditor.active])).toEqual([["Escola Aprender", false]]);
  });
});
