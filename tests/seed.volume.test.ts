import { isValidBoleto, isValidPixPayload } from "@brazilian-utils/brazilian-utils";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { seedDemo } from "../db/seed";
import { cnpjFromIndex, cpfFromIndex, DDDS, landlinePhone, mobilePhone } from "../db/seed/generators";
import { seedVolume, VOLUME_INDEX_BASE } from "../db/seed/volume";
import { normalizePhone } from "../lib/br/phone";
import { useTestDb } from "./support/test-db";

const t = useTestDb();
const now = new Date("2026-11-23T12:00:00Z");
const rows = async <T>(query: ReturnType<typeof sql>) => (await t.db.execute(query)).rows as T[];

const schemaShape = () => rows<{ name: string }>(sql`
  select indexname as name from pg_indexes where tablename in ('people', 'person_phones', 'receivables')
  union all
  select conname from pg_constraint where conrelid in ('people'::regclass, 'person_phones'::regclass, 'receivables'::regclass)
  order by 1`);

describe("seedVolume", () => {
  it("adds people, phones and receivables next to the demo data, leaving indexes and foreign keys as they were", async () => {
    await seedDemo(t.url, now);
    const shape = await schemaShape();
    const report = await seedVolume(t.url, { people: 3_000, receivables: 30_000, now });

    expect(report.status).toBe("done");
    if (report.status !== "done") return;
    expect(report.steps.map((step) => [step.table, step.rows])).toEqual([
      ["people", 3_000], ["person_phones", 3_750], ["receivables", 30_000], ["analyze", 0],
    ]);
    expect(await schemaShape()).toEqual(shape);
    const spread = await rows<{ n: string }>(sql`
      select count(*) as n from receivables where document_number like 'V%' group by company_id`);
    expect(spread.map((company) => Number(company.n))).toEqual([10_000, 10_000, 10_000]);
  });

  it("computes in SQL the very documents and phones the JS generators give for the same index", async () => {
    const people = await rows<{ kind: string; document: string; n: number; name: string; trade_name: string | null }>(sql`
      select kind, document, substr(erp_code, 2)::int as n, name, trade_name from people where erp_code like 'V%' order by erp_code`);
    expect(people).toHaveLength(3_000);
    for (const person of people) {
      const index = VOLUME_INDEX_BASE + person.n;
      expect(person.document).toBe(person.kind === "natural" ? cpfFromIndex(index) : cnpjFromIndex(index));
      expect(person.trade_name === null).toBe(person.kind === "natural");
    }
    expect(people.filter((person) => person.kind === "legal")).toHaveLength(300);
    expect(people.some((person) => /[ãçéêíóôú]/.test(person.name))).toBe(true);

    const phones = await rows<{ e164: string; n: number; code: string }>(sql`
      select ph.e164, substr(p.erp_code, 2)::int as n, pt.code from person_phones ph
      join people p on p.id = ph.person_id join phone_types pt on pt.id = ph.phone_type_id where p.erp_code like 'V%'`);
    for (const phone of phones) {
      const index = VOLUME_INDEX_BASE + phone.n;
      const ddd = DDDS[(phone.n * 7) % DDDS.length]!;
      expect(phone.e164).toBe(phone.code === "CEL" ? mobilePhone(index, ddd) : landlinePhone(index, ddd));
      expect(normalizePhone(phone.e164)).toEqual({ ok: true, e164: phone.e164 });
    }
  });

  it("gives volume boletos valid lines and carnês valid Pix codes", async () => {
    const titles = await rows<{ digitable_line: string | null; pix_code: string | null }>(sql`
      select digitable_line, pix_code from receivables where document_number like 'V%' order by id limit 500`);
    expect(titles.every((r) => (r.digitable_line ? isValidBoleto(r.digitable_line) : isValidPixPayload(r.pix_code!)))).toBe(true);
  });

  it("refuses a second run saying how many volume people exist, and appends new ones with --force", async () => {
    expect(await seedVolume(t.url, { people: 10, receivables: 10, now })).toEqual({ status: "refused", existingPeople: 3_000 });

    const report = await seedVolume(t.url, { people: 500, receivables: 1_000, force: true, now });
    expect(report.status).toBe("done");
    const [totals] = await rows<{ people: string; codes: string; titles: string }>(sql`
      select (select count(*) from people where erp_code like 'V%') as people,
             (select count(distinct erp_code) from people where erp_code like 'V%') as codes,
             (select count(*) from receivables where document_number like 'V%') as titles`);
    expect(totals).toEqual({ people: "3500", codes: "3500", titles: "31000" });
  });
});
