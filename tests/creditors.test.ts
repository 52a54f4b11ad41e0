import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, creditors } from "../db/schema";
import { executeAction } from "../lib/core/action";
import { fixedClock } from "../lib/core/clock";
import { loadContext } from "../lib/core/ctx";
import { creditorActions } from "../lib/creditors/actions";
import { listCreditors } from "../lib/creditors/list-creditors";
import { saveCreditor } from "../lib/creditors/save-creditor";
import { makeCtx, makeUser } from "./support/fixtures";
import { useTestDb } from "./support/test-db";

const t = useTestDb();
const clock = fixedClock("2026-11-23T12:00:00Z");
const save = (userId: number, input: unknown) => executeAction(creditorActions["creditors.save"], input, { userId }, { db: t.db, clock });
const setActive = (userId: number, input: unknown) => executeAction(creditorActions["creditors.setActive"], input, { userId }, { db: t.db, clock });

describe("creditors (CADFM050)", () => {
  it.each([
    ["blank document means none", "", { ok: true, data: { document: null } }],
    ["CPF with mask", "529.982.247-25", { ok: true, data: { document: "52998224725" } }],
    ["CNPJ with mask", "11.222.333/0001-81", { ok: true, data: { document: "11222333000181" } }],
    ["wrong length", "1234567", { ok: false, fieldErrors: { document: ["Informe um CPF (11 dígitos) ou um CNPJ (14 dígitos), ou deixe em branco."] } }],
    ["bad CPF check digits", "529.982.247-26", { ok: false, fieldErrors: { document: ["CPF inválido: confira os dígitos verificadores."] } }],
    ["bad CNPJ check digits", "11.222.333/0001-80", { ok: false, fieldErrors: { document: ["CNPJ inválido: confira os dígitos verificadores."] } }],
  ])("validates the document: %s", async (label, document, expected) => {
    const ctx = await makeCtx(t.db);
    expect(await save(ctx.user.id, { name: `Credor ${label}`, document })).toMatchObject(expected);
  });

  it.each([
    ["", "Informe o nome do credor."],
    ["A", "Informe o nome do credor."],
    ["x".repeat(121), "Nome com no máximo 120 caracteres."],
  ])("refuses the name %j", async (name, message) => {
    const ctx = await makeCtx(t.db);
    expect(await save(ctx.user.id, { name, document: "" })).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { name: [message] } });
  });

  it("creates on the logged company, edits and audits it", async () => {
    const ctx = await makeCtx(t.db);
    const created = await save(ctx.user.id, { name: " Escola Aprender ", document: "" });
    expect(created).toMatchObject({ ok: true, data: { name: "Escola Aprender", companyId: ctx.companyId, active: true } });
    const id = created.ok ? created.data.id : 0;
    expect(await save(ctx.user.id, { id, name: "Escola Aprender Mais", document: "11222333000181" }))
      .toMatchObject({ ok: true, data: { name: "Escola Aprender Mais", document: "11222333000181" } });
    const entries = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, "creditor"), eq(auditLog.entityId, String(id)))).orderBy(asc(auditLog.id));
    expect(entries.map((e) => [e.action, e.companyId])).toEqual([["create", ctx.companyId], ["update", ctx.companyId]]);
    expect(entries[1]?.before).toMatchObject({ name: "Escola Aprender" });
  });

  it("refuses a duplicate name in the same company, case ignored, but allows it in another company", async () => {
    const ctx = await makeCtx(t.db);
    await saveCreditor({ ctx, input: { name: "Banco Azul", document: null } });
    expect(await save(ctx.user.id, { name: "BANCO AZUL", document: "" })).toMatchObject({
      ok: false, code: "CONFLICT", fieldErrors: { name: ["Já existe um credor chamado “BANCO AZUL” nesta empresa."] },
    });
    const other = await makeCtx(t.db);
    expect(await save(other.user.id, { name: "Banco Azul", document: "" })).toMatchObject({ ok: true });
    const renamed = await saveCreditor({ ctx, input: { name: "Banco Verde", document: null } });
    expect(await save(ctx.user.id, { id: renamed.id, name: "banco azul", document: "" })).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("activates and deactivates, audited; inactive ones can be left out of lists", async () => {
    const ctx = await makeCtx(t.db);
    const creditor = await saveCreditor({ ctx, input: { name: "Loja Inativa", document: null } });
    expect(await setActive(ctx.user.id, { id: creditor.id, active: false })).toMatchObject({ ok: true, data: { active: false } });
    expect((await listCreditors({ ctx, input: { page: 1, activeOnly: true } })).items.map((c) => c.id)).not.toContain(creditor.id);
    expect((await listCreditors({ ctx, input: { page: 1 } })).items.map((c) => c.id)).toContain(creditor.id);
    const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, "creditor"), eq(auditLog.action, "deactivate"), eq(auditLog.entityId, String(creditor.id))));
    expect(entry?.after).toEqual({ active: false });
  });

  it("searches by name ignoring case and accents, a page at a time, only in the logged company", async () => {
    const ctx = await makeCtx(t.db);
    const other = await makeCtx(t.db);
    await saveCreditor({ ctx: other, input: { name: "Colégio São Paulo", document: null } });
    for (let i = 1; i <= 27; i++) await saveCreditor({ ctx, input: { name: `Colégio ${String(i).padStart(2, "0")}`, document: null } });
    await saveCreditor({ ctx, input: { name: "Padaria 100% Pão", document: null } });
    const first = await listCreditors({ ctx, input: { q: "colegio", page: 1 } });
    expect([first.total, first.items.length, first.items[0]?.name]).toEqual([27, 25, "Colégio 01"]);
    const second = await listCreditors({ ctx, input: { q: "COLÉGIO", page: 2 } });
    expect(second.items.map((c) => c.name)).toEqual(["Colégio 26", "Colégio 27"]);
    expect((await listCreditors({ ctx, input: { q: "100%", page: 1 } })).items.map((c) => c.name)).toEqual(["Padaria 100% Pão"]);
    expect((await listCreditors({ ctx, input: { q: "%", page: 1 } })).total).toBe(1);
  });

  it("refuses to touch another company's creditor, and operators are refused", async () => {
    const ctx = await makeCtx(t.db);
    const other = await makeCtx(t.db);
    const foreign = await saveCreditor({ ctx: other, input: { name: "Credor Alheio", document: null } });
    expect(await save(ctx.user.id, { id: foreign.id, name: "Tomado", document: "" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await setActive(ctx.user.id, { id: foreign.id, active: false })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const [row] = await t.db.select().from(creditors).where(eq(creditors.id, foreign.id));
    expect([row?.name, row?.active]).toEqual(["Credor Alheio", true]);
    const operator = await makeUser(t.db, "operator", [ctx.companyId]);
    expect(await save(operator.id, { name: "Pelo operador", document: "" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const operatorCtx = await loadContext(t.db, operator.id, clock);
    await expect(saveCreditor({ ctx: operatorCtx, input: { name: "Direto", document: null } })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
