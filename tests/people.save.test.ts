import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { additionalFields, auditLog, people, personAdditionalValues, personPhones } from "../db/schema";
import { executeAction } from "../lib/core/action";
import { fixedClock } from "../lib/core/clock";
import type { Ctx } from "../lib/core/ctx";
import { ServiceError } from "../lib/core/errors";
import { peopleActions } from "../lib/people/actions";
import { getPerson } from "../lib/people/get-person";
import { savePerson } from "../lib/people/save-person";
import type { PersonInput } from "../lib/people/schemas";
import { makeCtx } from "./support/fixtures";
import { makePhoneType, personInput, uniqueCpf } from "./support/people-fixtures";
import { useTestDb } from "./support/test-db";

const t = useTestDb();
const clock = fixedClock("2026-11-23T12:00:00Z");
let ctx: Ctx;
let cel: number;
let res: number;

const save = (input: unknown) => executeAction(peopleActions["people.save"], input, { userId: ctx.user.id }, { db: t.db, clock });
const formatCpf = (d: string) => `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}`;

beforeAll(async () => {
  ctx = await makeCtx(t.db, "operator");
  cel = (await makePhoneType(t.db, "CEL")).id;
  res = (await makePhoneType(t.db, "RES")).id;
});

describe("people.save validation", () => {
  it("refuses an invalid CPF naming the field", async () => {
    const r = await save(personInput({ document: "123.456.789-00" }));
    expect(r).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { document: ["CPF inválido: confira os dígitos verificadores."] } });
  });

  it("asks for a CNPJ on a legal person and for a document on anyone who is not a contact", async () => {
    expect(await save(personInput({ kind: "legal", document: uniqueCpf() })))
      .toMatchObject({ ok: false, fieldErrors: { document: ["CNPJ deve ter 14 dígitos."] } });
    expect(await save(personInput({ document: "" }))).toMatchObject({ ok: false, fieldErrors: { document: ["Informe o CPF."] } });
  });

  it("reports every problem at once, each on its row", async () => {
    const r = await save(personInput({
      name: "",
      document: "111",
      phones: [{ phoneTypeId: cel, number: "123", isPrimary: true }],
      emails: [{ email: "sem-arroba", isPrimary: true }],
    }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.fieldErrors).sort()).toEqual(["document", "emails.0.email", "name", "phones.0.number"]);
    expect(r.fieldErrors["phones.0.number"]).toEqual(["Telefone inválido: informe DDD e número, ex.: (11) 98765-4321."]);
  });

  it("refuses two primary phones of the same type on the second row", async () => {
    const r = await save(personInput({
      phones: [
        { phoneTypeId: cel, number: "11987654321", isPrimary: true },
        { phoneTypeId: cel, number: "11987654322", isPrimary: true },
        { phoneTypeId: res, number: "1134567890", isPrimary: true },
      ],
    }));
    expect(r).toMatchObject({
      ok: false, fieldErrors: { "phones.1.isPrimary": ["Já existe um telefone principal deste tipo: marque só um por tipo."] },
    });
    if (!r.ok) expect(Object.keys(r.fieldErrors)).toEqual(["phones.1.isPrimary"]);
  });

  it("checks additional values against the field type and stores them normalised", async () => {
    const [field] = await t.db.insert(additionalFields).values({ code: "LIMITE", label: "Limite de crédito", type: "number" }).returning();
    const bad = await save(personInput({ additionalValues: [{ fieldId: field!.id, value: "muito" }] }));
    expect(bad).toMatchObject({
      ok: false, code: "INVALID", fieldErrors: { "additionalValues.0.value": ["Limite de crédito: Informe um número, ex.: 12 ou 12,5."] },
    });
    const good = await save(personInput({ additionalValues: [{ fieldId: field!.id, value: "1500,50" }] }));
    expect(good.ok).toBe(true);
    if (!good.ok) return;
    const [stored] = await t.db.select().from(personAdditionalValues).where(eq(personAdditionalValues.personId, good.data.id));
    expect(stored?.value).toBe("1500.50");
  });
});

describe("people.save", () => {
  it("stores phones in E.164 whatever the typing, and the document as digits", async () => {
    const cpf = uniqueCpf();
    const r = await save(personInput({
      name: "Maria Telefones",
      document: formatCpf(cpf),
      phones: [
        { phoneTypeId: cel, number: "(11) 98765-4321", isPrimary: true },
        { phoneTypeId: res, number: "+55 21 3456 7890", isPrimary: false },
      ],
    }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const phones = await t.db.select().from(personPhones).where(eq(personPhones.personId, r.data.id)).orderBy(personPhones.id);
    expect(phones.map((p) => [p.e164, p.isPrimary])).toEqual([["+5511987654321", true], ["+552134567890", false]]);
    const [person] = await t.db.select().from(people).where(eq(people.id, r.data.id));
    expect(person?.document).toBe(cpf);
  });

  it("refuses a duplicate CPF naming the field and linking the existing person", async () => {
    const cpf = uniqueCpf();
    const first = await save(personInput({ name: "Primeira Pessoa", document: cpf }));
    if (!first.ok) throw new Error(first.error);
    const r = await save(personInput({ name: "Segunda Pessoa", document: formatCpf(cpf) }));
    expect(r).toEqual({
      ok: false,
      code: "CONFLICT",
      error: "Já existe uma pessoa com este CPF/CNPJ: Primeira Pessoa.",
      fieldErrors: { document: ["Já existe uma pessoa com este CPF/CNPJ: Primeira Pessoa."] },
      href: `/people/${first.data.id}`,
    });
    // Saving the existing person with its own CPF is not a duplicate.
    expect((await save(personInput({ id: first.data.id, name: "Primeira Pessoa", document: cpf }))).ok).toBe(true);
  });

  it("names the existing person even when a concurrent save wins the race", async () => {
    const cpf = uniqueCpf();
    let racing: Promise<unknown> | undefined;
    await t.db.transaction(async (tx) => {
      await savePerson({ ctx: { ...ctx, db: tx }, input: personInput({ name: "Vencedora", document: cpf }) });
      // Not committed yet: the second save does not see it, inserts, and waits on the unique index.
      racing = savePerson({ ctx, input: personInput({ name: "Perdedora", document: cpf }) }).catch((e: unknown) => e);
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    const error = await racing;
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ code: "CONFLICT", message: "Já existe uma pessoa com este CPF/CNPJ: Vencedora.", href: expect.stringMatching(/^\/people\/\d+$/) });
  });

  it("refuses a duplicate ERP code with a link", async () => {
    const first = await save(personInput({ name: "Dona do Código", erpCode: "ERP-77" }));
    if (!first.ok) throw new Error(first.error);
    expect(await save(personInput({ erpCode: "ERP-77" }))).toMatchObject({
      ok: false, code: "CONFLICT", fieldErrors: { erpCode: ["Já existe uma pessoa com este código ERP: Dona do Código."] },
      href: `/people/${first.data.id}`,
    });
  });

  it("replaces phones and e-mails on update and audits before and after", async () => {
    const input: PersonInput = personInput({
      name: "Auditada", phones: [{ phoneTypeId: cel, number: "11987650000", isPrimary: true }],
      emails: [{ email: "auditada@exemplo.com.br", isPrimary: true }],
    });
    const created = await save(input);
    if (!created.ok) throw new Error(created.error);
    const id = created.data.id;
    const updated = await save({ ...input, id, name: "Auditada Silva", phones: [{ phoneTypeId: res, number: "1133330000", isPrimary: false }], emails: [] });
    expect(updated.ok).toBe(true);
    const detail = await getPerson({ ctx, input: { id } });
    expect(detail.person.name).toBe("Auditada Silva");
    expect(detail.phones.map((p) => p.e164)).toEqual(["+551133330000"]);
    expect(detail.emails).toEqual([]);

    const entries = await t.db.select().from(auditLog)
      .where(and(eq(auditLog.entity, "person"), eq(auditLog.entityId, String(id)))).orderBy(auditLog.id);
    expect(entries.map((e) => [e.action, e.userId, e.companyId])).toEqual([["create", ctx.user.id, null], ["update", ctx.user.id, null]]);
    expect(entries[1]!.before).toMatchObject({ name: "Auditada", phones: [{ e164: "+5511987650000", isPrimary: true }] });
    expect(entries[1]!.after).toMatchObject({ name: "Auditada Silva", phones: [{ e164: "+551133330000" }], emails: [] });
  });

  it("saves a contact without a document under its account, but not under another contact", async () => {
    const account = await save(personInput({ kind: "legal", name: "Conta Matriz", document: "11222333000181" }));
    if (!account.ok) throw new Error(account.error);
    const contact = await save(personInput({ name: "Contato Sem CPF", document: "", accountId: account.data.id }));
    expect(contact.ok).toBe(true);
    if (!contact.ok) return;
    const detail = await getPerson({ ctx, input: { id: account.data.id } });
    expect(detail.contacts.items.map((c) => c.name)).toEqual(["Contato Sem CPF"]);
    expect(await save(personInput({ name: "Neto", document: "", accountId: contact.data.id }))).toMatchObject({
      ok: false, fieldErrors: { accountId: ["A conta escolhida é contato de outra pessoa: vincule à conta principal."] },
    });
  });

  it("refuses to edit a person that does not exist", async () => {
    expect(await save(personInput({ id: 999_999 }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});
