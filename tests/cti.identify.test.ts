import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, personPhones } from "../db/schema";
import { executeAction } from "../lib/core/action";
import { fixedClock } from "../lib/core/clock";
import { peopleActions } from "../lib/people/actions";
import { makeCtx } from "./support/fixtures";
import { formatAssociatedData, parseAssociatedData } from "../lib/cti/associated-data";
import { identifyCaller, normalizeAni } from "../lib/cti/identify/identify-caller";
import { cpfFrom, insertPerson, makePhoneType } from "./support/people-fixtures";
import { useTestDb } from "./support/test-db";

const t = useTestDb();
const ids: Record<string, number> = {};

// Accounts: Acme (CRM C-1, ERP E-1), Beta (ERP E-2, CPF), Ávila Comércio (name only), Gama (owns 11 3333-4444 directly),
// Delta whose contact Maria owns 11 98765-4321, Épsilon owning that same number directly.
beforeAll(async () => {
  const cel = (await makePhoneType(t.db, "CTI-CEL")).id;
  const acme = await insertPerson(t.db, { name: "Acme Ltda", kind: "legal", crmCode: "C-1", erpCode: "E-1" });
  const beta = await insertPerson(t.db, { name: "Beta Serviços", document: cpfFrom(101), erpCode: "E-2" });
  const avila = await insertPerson(t.db, { name: "Ávila Comércio", kind: "legal" });
  await insertPerson(t.db, { name: "Ávila Comércio e Filhos", kind: "legal" });
  const gama = await insertPerson(t.db, { name: "Gama Transportes", kind: "legal" }, [{ phoneTypeId: cel, e164: "+551133334444" }]);
  const delta = await insertPerson(t.db, { name: "Delta Indústria", kind: "legal" });
  const maria = await insertPerson(t.db, { name: "Maria Souza", accountId: delta.id, erpCode: "E-9" },
    [{ phoneTypeId: cel, e164: "+5511987654321", isPrimary: true }]);
  const joao = await insertPerson(t.db, { name: "João Lima", accountId: delta.id });
  const epsilon = await insertPerson(t.db, { name: "Épsilon Digital", kind: "legal" }, [{ phoneTypeId: cel, e164: "+5511987654321" }]);
  const contatoAcme = await insertPerson(t.db, { name: "Carla Acme", accountId: acme.id, crmCode: "C-77" });
  Object.assign(ids, { acme: acme.id, beta: beta.id, avila: avila.id, gama: gama.id, delta: delta.id, maria: maria.id,
    joao: joao.id, epsilon: epsilon.id, contatoAcme: contatoAcme.id });
});

const accountIds = (r: Awaited<ReturnType<typeof identifyCaller>>) => r.accounts.map((a) => a.id);

describe("identifyCaller: associated data", () => {
  it.each([
    ["CRM code", "crm=C-1", "crm", "acme"],
    ["ERP code", "erp=E-2", "erp", "beta"],
    ["CPF with punctuation", `doc=${cpfFrom(101).replace(/(\d{3})(\d{3})(\d{3})(\d{2})/, "$1.$2.$3-$4")}`, "document", "beta"],
    ["razão social without accents, any case", "nome=AVILA COMERCIO", "name", "avila"],
    ["razão social with accents", "nome=Ávila Comércio", "name", "avila"],
  ])("finds the account by %s", async (_label, data, matchedBy, account) => {
    const r = await identifyCaller(t.db, { associatedData: data });
    expect(r.matchedBy).toBe(matchedBy);
    expect(accountIds(r)).toEqual([ids[account]]);
  });

  it("marks and selects the contact owning the calling number when the account came from the associated data", async () => {
    const delta = await identifyCaller(t.db, { associatedData: "nome=Delta Indústria", phone: "11987654321" });
    expect(delta).toMatchObject({ matchedBy: "name", accounts: [{ id: ids.delta, selectedContactId: ids.maria }] });
    expect(delta.accounts[0]!.contacts.find((c) => c.id === ids.maria)).toMatchObject({ identifier: true });
    // Épsilon owns the same number directly, but the data named Delta: only Delta pops.
    expect(accountIds(delta)).toEqual([ids.delta]);
    const acme = await identifyCaller(t.db, { associatedData: "crm=C-1", phone: "11987654321" });
    expect(acme).toMatchObject({ matchedBy: "crm", accounts: [{ id: ids.acme, selectedContactId: null }] });
  });

  it("tries CRM before ERP even when the ERP code also matches (another account)", async () => {
    const r = await identifyCaller(t.db, { associatedData: "erp=E-2;crm=C-1" });
    expect(r).toMatchObject({ matchedBy: "crm", accounts: [{ id: ids.acme }] });
  });

  it("falls to the next key when a key finds nobody", async () => {
    const r = await identifyCaller(t.db, { associatedData: "crm=NAO-EXISTE;erp=E-2;nome=Acme Ltda" });
    expect(r).toMatchObject({ matchedBy: "erp", accounts: [{ id: ids.beta }] });
  });

  it("matches the name exactly, never partially", async () => {
    expect(await identifyCaller(t.db, { associatedData: "nome=Ávila" })).toEqual({ matchedBy: null, accounts: [] });
  });

  it("uses the data before the phone", async () => {
    const r = await identifyCaller(t.db, { associatedData: "crm=C-1", phone: "11987654321" });
    expect(r.matchedBy).toBe("crm");
  });

  it("pops the account of a contact found by data, with that contact selected", async () => {
    const r = await identifyCaller(t.db, { associatedData: "crm=C-77" });
    expect(r.accounts).toHaveLength(1);
    expect(r.accounts[0]).toMatchObject({ id: ids.acme, selectedContactId: ids.contatoAcme });
  });

  it("falls back to the phone when no key finds anyone", async () => {
    const r = await identifyCaller(t.db, { associatedData: "doc=000;nome=Ninguém", phone: "1133334444" });
    expect(r).toMatchObject({ matchedBy: "account_phone", accounts: [{ id: ids.gama, selectedContactId: null }] });
  });
});

describe("identifyCaller: phone", () => {
  it.each(["011987654321", "11987654321", "5511987654321", "+55 (11) 98765-4321", "01511987654321"])(
    "matches %s against the stored E.164", async (ani) => {
      const r = await identifyCaller(t.db, { phone: ani });
      expect(r.matchedBy).toBe("contact_phone");
    },
  );

  it("lists accounts through their contacts first, then accounts owning the number, the owner contact marked and selected", async () => {
    const r = await identifyCaller(t.db, { phone: "11987654321" });
    expect(accountIds(r)).toEqual([ids.delta, ids.epsilon]);
    const delta = r.accounts[0]!;
    expect(delta.selectedContactId).toBe(ids.maria);
    expect(delta.contacts.map((c) => [c.name, c.identifier])).toEqual([["João Lima", false], ["Maria Souza", true]]);
    expect(delta.contacts.find((c) => c.id === ids.maria)).toMatchObject({ erpCode: "E-9", phones: ["+5511987654321"] });
    expect(r.accounts[1]).toMatchObject({ id: ids.epsilon, selectedContactId: null, contacts: [] });
  });

  it("returns nothing with matchedBy null for an unknown caller or a number that is not one", async () => {
    expect(await identifyCaller(t.db, { phone: "11 91234-0000" })).toEqual({ matchedBy: null, accounts: [] });
    expect(await identifyCaller(t.db, { phone: "anônimo" })).toEqual({ matchedBy: null, accounts: [] });
    expect(await identifyCaller(t.db, {})).toEqual({ matchedBy: null, accounts: [] });
  });
});

describe("associated data and ANI parsing", () => {
  it.each([
    [{ crm: "C-1", erp: "E-1", doc: "12345678909", nome: "Acme; Filhos = Cia" }, "crm=C-1;erp=E-1;doc=12345678909;nome=Acme%3B Filhos %3D Cia"],
    [{ erp: "E-1" }, "erp=E-1"],
    [{}, ""],
  ])("formats %j and reads it back", (data, text) => {
    expect(formatAssociatedData(data)).toBe(text);
    expect(parseAssociatedData(text)).toEqual(data);
  });

  it("ignores unknown keys, blanks and garbage", () => {
    expect(parseAssociatedData("foo=1; crm = C-2 ;erp=;lixo")).toEqual({ crm: "C-2" });
    expect(parseAssociatedData(null)).toEqual({});
  });

  it.each([
    ["011987654321", "+5511987654321"],
    ["5511987654321", "+5511987654321"],
    ["00 55 11 98765-4321", "+5511987654321"],
    ["1133334444", "+551133334444"],
    ["1234", null],
  ])("normalises the ANI %s", (ani, e164) => {
    expect(normalizeAni(ani)).toBe(e164);
  });
});

describe("people.savePhoneNumber (click-to-dial \"Discar e salvar\")", () => {
  const clock = fixedClock("2026-11-23T12:00:00Z");
  const save = async (input: unknown) => {
    const ctx = await makeCtx(t.db, "operator");
    return executeAction(peopleActions["people.savePhoneNumber"], input, { userId: ctx.user.id }, { db: t.db, clock });
  };
  const phoneOf = async (personId: number | undefined) =>
    (await t.db.select().from(personPhones).where(eq(personPhones.personId, personId!)))[0]!;

  it("lets an operator replace a number, stored in E.164 and audited, so the next ring from it identifies the contact", async () => {
    const phone = await phoneOf(ids.maria);
    const r = await save({ phoneId: phone.id, number: "(11) 97777-1234" });
    expect(r).toEqual({ ok: true, data: { id: phone.id, e164: "+5511977771234" } });
    expect((await phoneOf(ids.maria)).e164).toBe("+5511977771234");
    const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, "person_phone"), eq(auditLog.entityId, String(phone.id))));
    expect(entry).toMatchObject({ action: "update", before: { e164: "+5511987654321" }, after: { e164: "+5511977771234" } });
    expect(await identifyCaller(t.db, { phone: "011977771234" })).toMatchObject({ matchedBy: "contact_phone", accounts: [{ id: ids.delta, selectedContactId: ids.maria }] });
    await save({ phoneId: phone.id, number: "+5511987654321" });
  });

  it("refuses an invalid number naming the field, and a phone that does not exist", async () => {
    const phone = await phoneOf(ids.gama);
    expect(await save({ phoneId: phone.id, number: "123" }))
      .toMatchObject({ ok: false, code: "INVALID", fieldErrors: { number: ["Telefone inválido: informe DDD e número, ex.: (11) 98765-4321."] } });
    expect(await save({ phoneId: 999_999, number: "11 98765-0000" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await phoneOf(ids.gama)).e164).toBe("+551133334444");
  });
});
