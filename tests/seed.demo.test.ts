import { isValidBoleto, isValidCPF, isValidPixPayload } from "@brazilian-utils/brazilian-utils";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { DEMO_PEOPLE, seedDemo } from "../db/seed";
import { normalizePhone } from "../lib/br/phone";
import { useTestDb } from "./support/test-db";

const t = useTestDb();
const now = new Date("2026-11-23T12:00:00Z");

const rows = async <T>(query: ReturnType<typeof sql>) => (await t.db.execute(query)).rows as T[];
const count = async (table: string) => Number((await rows<{ n: string }>(sql.raw(`select count(*) as n from ${table}`)))[0]!.n);

describe("seedDemo", () => {
  it("fills an empty database once, and a second start changes nothing", async () => {
    expect(await seedDemo(t.url, now)).toBe("empresas e usuários criados; 2.000 pessoas, 3.600 títulos e 750 pedidos criados");
    const before = await Promise.all(["companies", "users", "people", "person_phones", "receivables", "orders"].map(count));
    expect(before).toEqual([3, 2, DEMO_PEOPLE, expect.any(Number), 3_600, 750]);

    expect(await seedDemo(t.url, now)).toBe("já existentes");
    expect(await Promise.all(["companies", "users", "people", "person_phones", "receivables", "orders"].map(count))).toEqual(before);
  });

  it("gives every person a valid primary mobile of type CEL, and contacts belong to legal accounts", async () => {
    const phones = await rows<{ e164: string }>(sql`
      select ph.e164 from person_phones ph join phone_types pt on pt.id = ph.phone_type_id where pt.code = 'CEL' and ph.is_primary`);
    expect(phones).toHaveLength(DEMO_PEOPLE);
    expect(phones.filter(({ e164 }) => { const r = normalizePhone(e164); return !r.ok || r.e164 !== e164; })).toEqual([]);
    const contacts = await rows<{ kind: string }>(sql`
      select account.kind from people contact join people account on account.id = contact.account_id`);
    expect(contacts).toHaveLength(150);
    expect(contacts.every((account) => account.kind === "legal")).toBe(true);
    const cpfs = await rows<{ document: string }>(sql`select document from people where kind = 'natural' and document is not null`);
    expect(cpfs.every(({ document }) => isValidCPF(document))).toBe(true);
  });

  it("sets up the mobile phone type parameter per company and the RD Conversas contact field", async () => {
    const settings = await rows<{ value: unknown }>(sql`select value from settings where code = 'CD_TIPOFONE_CELULAR'`);
    expect(settings).toEqual([{ value: { phoneTypeCode: "CEL" } }, { value: { phoneTypeCode: "CEL" } }, { value: { phoneTypeCode: "CEL" } }]);
    const [field] = await rows<{ label: string; type: string; used: string }>(sql`
      select f.label, f.type, (select count(*) from person_additional_values v where v.field_id = f.id) as used
      from additional_fields f where f.code = 'RDCONV_ID'`);
    expect(field).toMatchObject({ label: "ID contato RD Conversas", type: "text" });
    expect(Number(field!.used)).toBeGreaterThan(0);
  });

  it("spreads receivables of each company from 30 days before to 30 days after the seed date", async () => {
    const perCompany = await rows<{ first: string; last: string; n: string; lines: string; pix: string }>(sql`
      select min(due_date)::text as first, max(due_date)::text as last, count(*) as n,
             count(digitable_line) as lines, count(pix_code) as pix
      from receivables group by company_id`);
    expect(perCompany).toHaveLength(3);
    for (const company of perCompany) {
      expect(company).toMatchObject({ first: "2026-10-24", last: "2026-12-23", n: "1200" });
      expect(Number(company.lines) + Number(company.pix)).toBe(1_200);
    }
    const samples = await rows<{ digitable_line: string | null; pix_code: string | null }>(sql`
      select digitable_line, pix_code from receivables order by id limit 200`);
    expect(samples.every((r) => (r.digitable_line ? isValidBoleto(r.digitable_line) : isValidPixPayload(r.pix_code!)))).toBe(true);
    const carneInProgress = await rows<{ n: string }>(sql`
      select count(*) as n from receivables where payment_method = 'carne_pix' and status = 'in_progress'`);
    expect(Number(carneInProgress[0]!.n)).toBeGreaterThan(100);
  });

  it("records each order's stage history ending at its current stage", async () => {
    const mismatched = await rows(sql`
      select o.id from orders o
      where o.stage <> (select h.stage from order_stage_history h where h.order_id = o.id order by h.at desc, h.id desc limit 1)`);
    expect(mismatched).toEqual([]);
    const channels = await rows<{ channel: string }>(sql`select distinct channel from orders order by channel`);
    expect(channels.map((c) => c.channel)).toEqual(["omni", "prateleira_infinita"]);
  });
});
