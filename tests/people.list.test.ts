import { beforeAll, describe, expect, it } from "vitest";
import { listPeople } from "../lib/people/list-people";
import type { SearchMode } from "../lib/people/schemas";
import type { Ctx } from "../lib/core/ctx";
import { makeCtx } from "./support/fixtures";
import { cpfFrom, insertPerson, makePhoneType } from "./support/people-fixtures";
import { useTestDb } from "./support/test-db";

const t = useTestDb();
let ctx: Ctx;
const JOAO_CPF = cpfFrom(123456789);
const AVILA_CNPJ = "11222333000181";

const names = async (q: string, mode: SearchMode = "auto", page = 1) =>
  (await listPeople({ ctx, input: { q, mode, page } })).rows.map((r) => r.name);

beforeAll(async () => {
  ctx = await makeCtx(t.db, "operator");
  const cel = await makePhoneType(t.db, "CEL");
  const res = await makePhoneType(t.db, "RES");
  await insertPerson(t.db, { name: "João da Silva", document: JOAO_CPF, erpCode: "10001" }, [
    { phoneTypeId: res.id, e164: "+551134567890" },
    { phoneTypeId: cel.id, e164: "+5511987654321", isPrimary: true },
  ]);
  await insertPerson(t.db, { name: "JOANA Ávila", document: cpfFrom(222333444) }, [{ phoneTypeId: cel.id, e164: "+5521999887766" }]);
  await insertPerson(t.db, { name: "Comércio Ávila Ltda", kind: "legal", document: AVILA_CNPJ, erpCode: "C0042" });
  await insertPerson(t.db, { name: "Mário Souza", document: cpfFrom(555666777), erpCode: "4321" });
  for (const name of ["Zé Ordem", "beatriz Ordem", "Álvaro Ordem"]) await insertPerson(t.db, { name });
  for (let i = 0; i < 30; i++) {
    await insertPerson(t.db, { name: `Paginação ${String(i).padStart(2, "0")}`, document: cpfFrom(900000000 + i) });
  }
});

describe("listPeople", () => {
  it("finds by name ignoring accents and case", async () => {
    expect(await names("joao")).toEqual(["João da Silva"]);
    expect(await names("JOÃO", "name")).toEqual(["João da Silva"]);
    expect(await names("avila")).toEqual(["Comércio Ávila Ltda", "JOANA Ávila"]);
    expect(await names("silva", "name")).toEqual(["João da Silva"]);
  });

  it("orders names alphabetically regardless of accents and case", async () => {
    expect(await names("ordem")).toEqual(["Álvaro Ordem", "beatriz Ordem", "Zé Ordem"]);
  });

  it("matches one or two letters at the start of the name", async () => {
    expect(await names("jo")).toEqual(["JOANA Ávila", "João da Silva"]);
    expect(await names("va", "name")).toEqual([]);
  });

  it("treats % and _ in a name search as plain characters", async () => {
    expect(await names("%", "name")).toEqual([]);
    expect(await names("_", "name")).toEqual([]);
  });

  it("finds by CPF or CNPJ with and without punctuation", async () => {
    const formatted = `${JOAO_CPF.slice(0, 3)}.${JOAO_CPF.slice(3, 6)}.${JOAO_CPF.slice(6, 9)}-${JOAO_CPF.slice(9)}`;
    expect(await names(formatted)).toEqual(["João da Silva"]);
    expect(await names(JOAO_CPF)).toEqual(["João da Silva"]);
    expect(await names(formatted, "document")).toEqual(["João da Silva"]);
    expect(await names("11.222.333/0001-81")).toEqual(["Comércio Ávila Ltda"]);
    expect((await listPeople({ ctx, input: { q: formatted, mode: "auto", page: 1 } })).searchedBy).toBe("document");
  });

  it("finds by phone in any format and by its last digits", async () => {
    for (const typed of ["(11) 98765-4321", "+55 11 98765-4321", "11987654321", "98765-4321", "011 98765-4321"]) {
      expect(await names(typed, "phone"), typed).toEqual(["João da Silva"]);
    }
    expect(await names("(21) 99988-7766")).toEqual(["JOANA Ávila"]);
    expect(await names("7766", "phone")).toEqual(["JOANA Ávila"]);
    // A non-primary phone finds the person too.
    expect(await names("3456-7890")).toEqual(["João da Silva"]);
  });

  it("finds by ERP code; bare digits try the phone suffix and the ERP code", async () => {
    expect(await names("C0042", "erp")).toEqual(["Comércio Ávila Ltda"]);
    expect(await names("10001")).toEqual(["João da Silva"]);
    expect(await names("4321")).toEqual(["João da Silva", "Mário Souza"]);
    expect(await names("4321", "erp")).toEqual(["Mário Souza"]);
  });

  it("shows the primary phone and the document of each row", async () => {
    const { rows } = await listPeople({ ctx, input: { q: "joão", mode: "name", page: 1 } });
    expect(rows[0]).toMatchObject({ name: "João da Silva", phone: "+5511987654321", document: JOAO_CPF, erpCode: "10001", kind: "natural" });
  });

  it("pages 25 at a time in name order with the total", async () => {
    const first = await listPeople({ ctx, input: { q: "paginação", mode: "auto", page: 1 } });
    expect(first.rows).toHaveLength(25);
    expect(first.rows[0]!.name).toBe("Paginação 00");
    expect(first).toMatchObject({ total: 30, totalCapped: false, page: 1, pageSize: 25 });
    expect(await names("paginacao", "name", 2)).toEqual(["Paginação 25", "Paginação 26", "Paginação 27", "Paginação 28", "Paginação 29"]);
    expect(await names("paginacao", "name", 3)).toEqual([]);
  });

  it("lists everyone without a search and says when nothing matches", async () => {
    const all = await listPeople({ ctx, input: { q: "", mode: "auto", page: 1 } });
    expect(all.total).toBe(37);
    expect(all.searchedBy).toBe("all");
    const none = await listPeople({ ctx, input: { q: "zzzz", mode: "auto", page: 1 } });
    expect(none).toMatchObject({ rows: [], total: 0 });
  });
});
