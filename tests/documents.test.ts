import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, documentTemplates, whatsappAccounts, whatsappCreditorSettings } from "../db/schema";
import { executeAction } from "../lib/core/action";
import { fixedClock } from "../lib/core/clock";
import { saveCreditor } from "../lib/creditors/save-creditor";
import { documentActions } from "../lib/documents/actions";
import { getDocumentTemplate } from "../lib/documents/get-document-template";
import { listDocumentTemplates } from "../lib/documents/list-document-templates";
import { saveDocumentTemplate } from "../lib/documents/save-document-template";
import { EXAMPLE_DOCUMENT_VALUES, renderDocument, unknownWildcards } from "../lib/documents/wildcards";
import { whatsappAccountFor } from "../lib/whatsapp/account/whatsapp-account-for";
import { makeCtx } from "./support/fixtures";
import { useTestDb } from "./support/test-db";

const t = useTestDb();
const clock = fixedClock("2026-11-23T12:00:00Z");
const save = (userId: number, input: unknown) => executeAction(documentActions["documents.save"], input, { userId }, { db: t.db, clock });
const remove = (userId: number, id: number) => executeAction(documentActions["documents.delete"], { id }, { userId }, { db: t.db, clock });

const term = { kind: "agreement_term", name: "Termo padrão", statementType: null, body: "Eu, #NOME_DEVEDOR#, aceito. #NOME_USUARIO#" } as const;
const statement = { kind: "debt_statement", name: "Demonstrativo original", statementType: "original_title", body: "#LISTA_TITULOS#\nTotal: #VALOR_TOTAL#" } as const;

describe("document wildcards", () => {
  it.each([
    ["every known wildcard", "#NOME_DEVEDOR# deve #VALOR_TOTAL# a #NOME_CREDOR# em #DATA_ATUAL#", { "#NOME_DEVEDOR#": "Maria", "#VALOR_TOTAL#": "R$ 10,00", "#NOME_CREDOR#": "Escola", "#DATA_ATUAL#": "23/11/2026" }, "Maria deve R$ 10,00 a Escola em 23/11/2026"],
    ["repeated wildcard", "#NOME_DEVEDOR# e #NOME_DEVEDOR#", { "#NOME_DEVEDOR#": "Ana" }, "Ana e Ana"],
    ["missing value stays visible", "Assina: #NOME_USUARIO#", {}, "Assina: #NOME_USUARIO#"],
    ["unknown token untouched", "#XYZ# e #NOME_EMPRESA#", { "#NOME_EMPRESA#": "Recado" }, "#XYZ# e Recado"],
    ["lowercase is not a wildcard", "#nome_devedor#", { "#NOME_DEVEDOR#": "Ana" }, "#nome_devedor#"],
    ["value with $ patterns is literal", "Total #VALOR_TOTAL#", { "#VALOR_TOTAL#": "R$ $& 5" }, "Total R$ $& 5"],
  ] as const)("renderDocument: %s", (_, body, values, expected) => {
    expect(renderDocument(body, values)).toBe(expected);
  });

  it.each([
    ["Olá #NOME_DEVEDOR#", []],
    ["#XYZ# e #XYZ# e #ABC_1#", ["#XYZ#", "#ABC_1#"]],
    ["Desconto de 10# e # sozinho", []],
    ["Pedido #123# e cor #FFF#", ["#FFF#"]],
    ["#NOME_DEVEDOR##NOME_CREDORX#", ["#NOME_CREDORX#"]],
  ] as const)("unknownWildcards(%j)", (body, expected) => {
    expect(unknownWildcards(body)).toEqual(expected);
  });

  it("has an example for every wildcard, so the preview has no gaps", () => {
    expect(unknownWildcards(renderDocument(term.body + statement.body, EXAMPLE_DOCUMENT_VALUES))).toEqual([]);
    expect(renderDocument(term.body, EXAMPLE_DOCUMENT_VALUES)).not.toContain("#");
  });
});

describe("document templates (CADFM060)", () => {
  it.each([
    ["unknown wildcard named", { ...term, body: "Olá #XYZ#" }, { body: ["Coringa desconhecido: #XYZ#. Use os botões de coringa para inseri-los."] }],
    ["several unknown wildcards", { ...term, body: "#A# #B#" }, { body: ["Coringas desconhecidos: #A#, #B#. Use os botões de coringa para inseri-los."] }],
    ["statement without type", { ...statement, statementType: null }, { statementType: ["Selecione o tipo do demonstrativo (Título Original ou Título Atualizado)."] }],
    ["empty body", { ...term, body: "   " }, { body: ["Escreva o texto do documento."] }],
    ["short name", { ...term, name: "T" }, { name: ["Informe o nome do documento."] }],
    ["unknown kind", { ...term, kind: "contract" }, { kind: ["Selecione o tipo de documento."] }],
  ])("refuses: %s", async (_, input, fieldErrors) => {
    const ctx = await makeCtx(t.db);
    expect(await save(ctx.user.id, input)).toMatchObject({ ok: false, code: "INVALID", fieldErrors });
  });

  it("creates, lists and edits on the logged company, audited; a term never keeps a statement type", async () => {
    const ctx = await makeCtx(t.db);
    const created = await save(ctx.user.id, { ...term, statementType: "updated_title" });
    expect(created).toMatchObject({ ok: true, data: { kind: "agreement_term", statementType: null, companyId: ctx.companyId } });
    const id = created.ok ? created.data.id : 0;
    expect(await save(ctx.user.id, { ...term, id, body: "Novo texto #DATA_ATUAL#" })).toMatchObject({ ok: true, data: { body: "Novo texto #DATA_ATUAL#" } });
    await saveDocumentTemplate({ ctx, input: { ...statement } });
    expect((await listDocumentTemplates({ ctx })).map((d) => [d.kind, d.name])).toEqual([["agreement_term", "Termo padrão"], ["debt_statement", "Demonstrativo original"]]);
    expect((await listDocumentTemplates({ ctx, input: { kind: "debt_statement", statementType: "updated_title" } }))).toEqual([]);
    const entries = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, "document_template"), eq(auditLog.entityId, String(id)))).orderBy(asc(auditLog.id));
    expect(entries.map((e) => e.action)).toEqual(["create", "update"]);
  });

  it("refuses a duplicate name within the same kind, case ignored, and allows it across kinds", async () => {
    const ctx = await makeCtx(t.db);
    await saveDocumentTemplate({ ctx, input: { ...term } });
    expect(await save(ctx.user.id, { ...term, name: "TERMO PADRÃO" })).toMatchObject({
      ok: false, code: "CONFLICT", fieldErrors: { name: ["Já existe um termo de acordo chamado “TERMO PADRÃO”."] },
    });
    expect(await save(ctx.user.id, { ...statement, name: "Termo padrão" })).toMatchObject({ ok: true });
  });

  it("answers not found for another company's document (read, edit and delete)", async () => {
    const ctx = await makeCtx(t.db);
    const other = await makeCtx(t.db);
    const foreign = await saveDocumentTemplate({ ctx: other, input: { ...term } });
    await expect(getDocumentTemplate({ ctx, input: { id: foreign.id } })).rejects.toMatchObject({ code: "NOT_FOUND", message: "Documento não encontrado(a)." });
    expect(await save(ctx.user.id, { ...term, id: foreign.id, name: "Roubado" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await remove(ctx.user.id, foreign.id)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await listDocumentTemplates({ ctx })).toEqual([]);
    expect(await t.db.select().from(documentTemplates).where(eq(documentTemplates.id, foreign.id))).toHaveLength(1);
  });

  it("deletes an unused document, audited, and refuses one in use naming the account tab and the creditor", async () => {
    const ctx = await makeCtx(t.db);
    const unused = await saveDocumentTemplate({ ctx, input: { ...term, name: "Rascunho" } });
    expect(await remove(ctx.user.id, unused.id)).toEqual({ ok: true, data: { id: unused.id } });
    const [deleted] = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, "document_template"), eq(auditLog.action, "delete"), eq(auditLog.entityId, String(unused.id))));
    expect(deleted?.before).toMatchObject({ name: "Rascunho" });

    const used = await saveDocumentTemplate({ ctx, input: { ...statement } });
    const account = await whatsappAccountFor(t.db, ctx.companyId);
    await t.db.update(whatsappAccounts).set({ debtStatementId: used.id }).where(eq(whatsappAccounts.id, account.id));
    const creditor = await saveCreditor({ ctx, input: { name: "Escola Aprender", document: null } });
    await t.db.insert(whatsappCreditorSettings).values({ whatsappAccountId: account.id, creditorId: creditor.id, debtStatementId: used.id });
    expect(await remove(ctx.user.id, used.id)).toMatchObject({
      ok: false, code: "CONFLICT",
      error: "“Demonstrativo original” está em uso (aba Conta da Integração WhatsApp e credor Escola Aprender (aba Credor da Integração WhatsApp)): escolha outro documento lá antes de excluir.",
    });
    expect((await getDocumentTemplate({ ctx, input: { id: used.id } })).usages).toHaveLength(2);

    await t.db.update(whatsappAccounts).set({ debtStatementId: null }).where(eq(whatsappAccounts.id, account.id));
    expect(await remove(ctx.user.id, used.id)).toMatchObject({ ok: false, error: expect.stringContaining("(credor Escola Aprender") });
    expect(await t.db.select().from(documentTemplates).where(eq(documentTemplates.id, used.id))).toHaveLength(1);
  });

  it("refuses changing the type of a statement chosen in the WhatsApp settings, but allows editing its text", async () => {
    const ctx = await makeCtx(t.db);
    const used = await saveDocumentTemplate({ ctx, input: { ...statement } });
    const account = await whatsappAccountFor(t.db, ctx.companyId);
    await t.db.update(whatsappAccounts).set({ debtStatementId: used.id }).where(eq(whatsappAccounts.id, account.id));
    expect(await save(ctx.user.id, { ...statement, id: used.id, statementType: "updated_title" })).toMatchObject({
      ok: false, code: "CONFLICT", fieldErrors: { statementType: [expect.stringContaining("aba Conta da Integração WhatsApp")] },
    });
    expect(await save(ctx.user.id, { ...statement, id: used.id, body: "Outro texto #VALOR_TOTAL#" })).toMatchObject({ ok: true });
  });

  it("refuses operators", async () => {
    const ctx = await makeCtx(t.db, "operator");
    expect(await save(ctx.user.id, term)).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});
