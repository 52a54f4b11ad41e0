import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "../lib/core/ctx";
import { DIALING_LIST_BATCH, dialingListCsv } from "../lib/cti/identify/dialing-list";
import { identifyCaller } from "../lib/cti/identify/identify-caller";
import { makeCtx } from "./support/fixtures";
import { cpfFrom, insertPerson, makePhoneType } from "./support/people-fixtures";
import { useTestDb } from "./support/test-db";

const t = useTestDb();
let ctx: Ctx;
const ids: Record<string, number> = {};

/** Reads the streamed CSV; splits cells on ";" outside quotes. */
async function exportCsv(q = "", mode: "auto" | "name" = "auto") {
  const bytes = await new Response(dialingListCsv(ctx, { q, mode })).arrayBuffer();
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  const lines = text.split("\r\n").filter(Boolean);
  const cells = (line: string) => [...line.matchAll(/("(?:[^"]|"")*"|[^;]*)(;|$)/g)]
    .slice(0, 6).map(([, v]) => (v!.startsWith('"') ? v!.slice(1, -1).replace(/""/g, '"') : v!));
  return { text, header: lines[0]!, rows: lines.slice(1).map(cells) };
}

beforeAll(async () => {
  ctx = await makeCtx(t.db, "operator");
  const cel = (await makePhoneType(t.db, "DL-CEL")).id;
  const res = (await makePhoneType(t.db, "DL-RES")).id;
  const padaria = await insertPerson(t.db, { name: "Padaria Pão; Café \"Bom\"", kind: "legal", crmCode: "CRM-5", erpCode: "ERP-5" },
    [{ phoneTypeId: res, e164: "+551133334444" }, { phoneTypeId: cel, e164: "+5511987650000", isPrimary: true }]);
  const lucia = await insertPerson(t.db, { name: "Lúcia Andrade", document: cpfFrom(555) }, [{ phoneTypeId: cel, e164: "+5521998887777" }]);
  await insertPerson(t.db, { name: "Sem Telefone Ltda", kind: "legal" });
  Object.assign(ids, { padaria: padaria.id, lucia: lucia.id });
});

describe("dialing-list export", () => {
  it("streams a UTF-8 CSV with BOM, ';' separator and the agreed columns, one primary phone per person with a phone", async () => {
    const { text, header, rows } = await exportCsv();
    expect(text.startsWith("\uFEFFtelefone;")).toBe(true);
    expect(header).toBe("\uFEFFtelefone;codigo_crm;codigo_erp;cpf_cnpj;nome;dados_associados");
    expect(rows.map((r) => r[0])).toEqual(["+5511987650000", "+5521998887777"]);
    expect(rows[0]!.slice(0, 5)).toEqual(["+5511987650000", "CRM-5", "ERP-5", "", "Padaria Pão; Café \"Bom\""]);
  });

  it("exports only the people of the /people filter", async () => {
    const { rows } = await exportCsv("lucia", "name");
    expect(rows.map((r) => r[4])).toEqual(["Lúcia Andrade"]);
  });

  it.each([["padaria", "Padaria"], ["lucia", "Lúcia"]])("gives associated data that identification reads back to the same person (%s)", async (who, name) => {
    const { rows } = await exportCsv();
    for (const row of rows) {
      const r = await identifyCaller(t.db, { phone: "11900000000", associatedData: row[5] });
      expect(r.accounts.map((a) => a.name)).toEqual([row[4]]);
    }
    const row = rows.find((r) => r[4]!.startsWith(name))!;
    const r = await identifyCaller(t.db, { associatedData: row[5] });
    expect(r.accounts[0]!.id).toBe(ids[who]);
  });

  it("pages through the whole filter in batches without repeating anyone", async () => {
    const cel = (await makePhoneType(t.db, "DL-BULK")).id;
    await t.db.execute(`insert into people (kind, name) select 'natural', 'Lote ' || g from generate_series(1, ${DIALING_LIST_BATCH + 5}) g`);
    await t.db.execute(`insert into person_phones (person_id, phone_type_id, e164)
      select id, ${cel}, '+5511' || (960000000 + id) from people where name like 'Lote %'`);
    const { rows } = await exportCsv("Lote", "name");
    expect(rows).toHaveLength(DIALING_LIST_BATCH + 5);
    expect(new Set(rows.map((r) => r[0])).size).toBe(DIALING_LIST_BATCH + 5);
  });
});
