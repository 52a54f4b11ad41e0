/**
 * Benchmark volumes (npm run db:seed:volume): people and phones are generated server-side by one
 * INSERT … SELECT over generate_series each; receivables, whose boleto line and Pix code need check digits
 * and a CRC, are generated in JS (while the database inserts the people) and sent as delimited columns in
 * large batches. Indexes and foreign keys are rebuilt once per table. One transaction: an interrupted run
 * leaves nothing behind.
 */
import pg from "pg";
import { saoPauloDate } from "../../lib/br/format";
import {
  ACTIVITIES, cnpjFromIndex, createRng, DDDS, FEMALE_NAMES, JOINED_SURNAMES, MALE_NAMES, SURNAMES, type Rng,
} from "./generators";
import { withoutIndexesAndForeignKeys } from "./bulk-load";
import { receivableRow, type BillingCompany, type ReceivableRow } from "./receivables";
import { cnpjSql, cpfSql, landlinePhoneSql, mobilePhoneSql } from "./sql-generators";

export type VolumeOptions = { people: number; receivables: number; force?: boolean; now?: Date; log?: (line: string) => void };
export type VolumeStep = { table: string; rows: number; ms: number };
export type VolumeReport =
  | { status: "refused"; existingPeople: number }
  | { status: "done"; steps: VolumeStep[]; totalMs: number };

/** Volume documents and phones come from indexes far above the demo's (0–1,999), so both can share a database. */
export const VOLUME_INDEX_BASE = 1_000_000;
const VOLUME_SEED = 77_001;
// Receivables are generated in small chunks (a few ms each, so statements already sent are not held up)
// and inserted ten chunks per statement.
const RECEIVABLE_CHUNK = 2_500;
const CHUNKS_PER_INSERT = 10;
const VOLUME_ERP_CODE = "erp_code ~ '^V[0-9]+$'";
/** ERP codes of volume people and document numbers of volume receivables: "V000000042". */
const volumeCode = (sequence: number) => `V${String(sequence).padStart(9, "0")}`;

const FIRST_NAMES = [...FEMALE_NAMES, ...MALE_NAMES];
const integer = new Intl.NumberFormat("pt-BR");

// Name parts are picked from bits of a multiplicative hash of the sequence number, so neighbours differ.
const pick = (array: string, bits: string) => `(${array})[1 + ((${bits}) % cardinality(${array}))::int]`;
const FIRST = "$1::text[]";
const SURNAME = "$2::text[]";
const JOINED = "$3::text[]";
const ACTIVITY = "$4::text[]";
const TRADE_WORD = "$5::text[]";

const PEOPLE_SQL = `
insert into people (kind, document, name, trade_name, erp_code, opt_out_whatsapp, opt_out_sms, opt_out_email, created_at, updated_at)
select case when g.legal then 'legal' else 'natural' end,
       case when g.legal then ${cnpjSql("g.doc_index")} else ${cpfSql("g.doc_index")} end,
       case when g.legal then g.surname || ' ' || ${pick(ACTIVITY, "g.h")} || ' Ltda'
            else ${pick(FIRST, "g.h")}
                 || case when g.h / 7 % 10 < 3 then ' ' || ${pick(JOINED, "g.h / 11")} else '' end
                 || ' ' || g.surname
                 || coalesce(' ' || nullif(case when g.h / 13 % 2 = 0 then ${pick(SURNAME, "g.h / 17")} end, g.surname), '')
       end,
       case when g.legal then ${pick(TRADE_WORD, "g.h")} || ' ' || g.surname end,
       'V' || lpad(g.n::text, 9, '0'),
       g.n % 53 = 7, g.n % 89 = 11, g.n % 37 = 5,
       g.created_at, g.created_at
from (
  select n, n + $6::bigint as doc_index, n % 10 = 3 as legal, h,
         ${pick(SURNAME, "h / 19")} as surname,
         now() - make_interval(days => (n % 720)::int, secs => (n * 7919 % 86400)::int) as created_at
  from generate_series($7::bigint, $8::bigint) n
  cross join lateral (select (n * 2654435761) % 4294967296 as h) hashed
) g`;

// Everyone gets a primary mobile; every fourth person also a landline. Area codes cycle through the real DDDs.
const PHONES_SQL = `
insert into person_phones (person_id, phone_type_id, e164, is_primary)
select p.id, t.type_id, case when t.mobile then ${mobilePhoneSql("p.doc_index", "p.ddd")} else ${landlinePhoneSql("p.doc_index", "p.ddd")} end, true
from (
  select id, substr(erp_code, 2)::bigint + $4::bigint as doc_index,
         ($3::int[])[1 + ((substr(erp_code, 2)::bigint * 7) % cardinality($3::int[]))::int] as ddd
  from people where erp_code between $5 and $6 and ${VOLUME_ERP_CODE}
) p
cross join lateral (values ($1::int, true), ($2::int, false)) t(type_id, mobile)
where t.mobile or p.doc_index % 4 = 0`;

// Columns travel as one delimited string each (split server-side): much cheaper than pg's per-element array quoting.
const RECEIVABLES_SQL = `
insert into receivables (company_id, person_id, document_number, due_date, amount_cents, payment_method, status, digitable_line, pix_code)
select * from unnest(
  string_to_array($1, ',')::int[], string_to_array($2, ',')::int[], string_to_array($3, ','), string_to_array($4, ',')::date[],
  string_to_array($5, ',')::bigint[], string_to_array($6, ','), string_to_array($7, ','),
  string_to_array($8, E'\n', ''), string_to_array($9, E'\n', ''))`;

async function timed<T>(steps: VolumeStep[], table: string, log: (line: string) => void, work: () => Promise<{ rows: number; value?: T }>) {
  const started = performance.now();
  const { rows, value } = await work();
  const ms = Math.round(performance.now() - started);
  steps.push({ table, rows, ms });
  log(`  ${table.padEnd(16)} ${integer.format(rows).padStart(10)} linhas em ${(ms / 1000).toFixed(1)} s`);
  return value as T;
}

async function ensureCompanies(client: pg.Client): Promise<BillingCompany[]> {
  const existing = await client.query<BillingCompany>("select id, code, name, document from companies order by id");
  if (existing.rows.length) return existing.rows;
  const created = await client.query<BillingCompany>(
    "insert into companies (code, name, document) values ('V01', 'Empresa Volume', $1) returning id, code, name, document",
    [cnpjFromIndex(VOLUME_INDEX_BASE - 1)],
  );
  return created.rows;
}

async function ensurePhoneTypes(client: pg.Client): Promise<{ mobile: number; landline: number }> {
  await client.query(
    "insert into phone_types (code, description) values ('CEL', 'Celular'), ('RES', 'Residencial') on conflict do nothing",
  );
  const rows = (await client.query<{ id: number; code: string }>("select id, code from phone_types where code in ('CEL', 'RES')")).rows;
  return { mobile: rows.find((r) => r.code === "CEL")!.id, landline: rows.find((r) => r.code === "RES")!.id };
}

type ReceivableChunk = { personPositions: number[]; columns: string[] };
const COLUMN_SEPARATORS = [",", ",", ",", ",", ",", ",", ",", "\n", "\n"];

/**
 * Receivables from..to-1 as delimited columns, for people 0…people-1 of this run (positions mapped to ids when
 * sent). Boleto lines are digits and Pix codes printable ASCII, so a newline never occurs inside them; "" is null.
 */
function receivableChunk(rng: Rng, input: {
  companies: BillingCompany[]; people: number; firstSequence: number; from: number; to: number; seedDate: string;
}): ReceivableChunk {
  const { companies, people, firstSequence, from, to, seedDate } = input;
  const rows: ReceivableRow[] = [];
  for (let i = from; i < to; i++) {
    const sequence = firstSequence + i;
    rows.push(receivableRow(rng, {
      company: companies[i % companies.length]!, personId: rng.int(0, people - 1),
      documentNumber: volumeCode(sequence), sequence, seedDate, dayOffset: rng.int(-60, 60),
    }));
  }
  return {
    personPositions: rows.map((r) => r.personId),
    columns: [
      rows.map((r) => r.companyId).join(","), "", rows.map((r) => r.documentNumber).join(","), rows.map((r) => r.dueDate).join(","),
      rows.map((r) => r.amountCents).join(","), rows.map((r) => r.paymentMethod).join(","), rows.map((r) => r.status).join(","),
      rows.map((r) => r.digitableLine ?? "").join("\n"), rows.map((r) => r.pixCode ?? "").join("\n"),
    ],
  };
}

/**
 * Runs make(0…count-1) one per event-loop turn, so the work overlaps database statements already sent
 * (the JS side is idle while PostgreSQL inserts people). `stop` abandons what is left.
 */
function inBackground<T>(count: number, make: (index: number) => T): { results: Promise<T>[]; stop: () => void } {
  const settle: { resolve: (value: T) => void; reject: (error: unknown) => void }[] = [];
  const results = Array.from({ length: count }, () => new Promise<T>((resolve, reject) => settle.push({ resolve, reject })));
  for (const result of results) result.catch(() => {});
  let stopped = false;
  const step = (index: number) => {
    if (stopped || index >= count) return;
    try {
      settle[index]!.resolve(make(index));
    } catch (error) {
      for (const pending of settle.slice(index)) pending.reject(error);
      return;
    }
    setImmediate(step, index + 1);
  };
  setImmediate(step, 0);
  return { results, stop: () => { stopped = true; } };
}

/** Appends `people` people with phones and `receivables` titles; refuses when volume people exist unless `force`. */
export async function seedVolume(url: string, options: VolumeOptions): Promise<VolumeReport> {
  const log = options.log ?? (() => {});
  const now = options.now ?? new Date();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let background: { stop: () => void } | null = null;
  try {
    const existing = Number((await client.query(`select count(*) as n from people where ${VOLUME_ERP_CODE}`)).rows[0].n);
    if (existing > 0 && !options.force) return { status: "refused", existingPeople: existing };

    const started = performance.now();
    const steps: VolumeStep[] = [];
    // Losing the last commits on a crash is fine for generated data; waiting for each WAL flush is not.
    await client.query("set synchronous_commit = off");
    // Index builds after the load sort in memory instead of spilling to disk.
    await client.query("set maintenance_work_mem = '256MB'");
    await client.query("begin");
    const companies = await ensureCompanies(client);
    const phoneTypes = await ensurePhoneTypes(client);
    const first = Number((await client.query(
      `select coalesce(max(substr(erp_code, 2)::bigint) + 1, 0) as n from people where ${VOLUME_ERP_CODE}`,
    )).rows[0].n);
    const last = first + options.people - 1;
    const firstSequence = Number((await client.query(
      "select coalesce(max(substr(document_number, 2)::bigint) + 1, 1) as n from receivables where document_number ~ '^V[0-9]+$'",
    )).rows[0].n);

    log(`Gerando ${integer.format(options.people)} pessoas e ${integer.format(options.receivables)} títulos…`);
    const rng = createRng(VOLUME_SEED + firstSequence);
    const seedDate = saoPauloDate(now);
    const chunkCount = options.people > 0 ? Math.ceil(options.receivables / RECEIVABLE_CHUNK) : 0;
    const prepared = inBackground(chunkCount, (chunk) => receivableChunk(rng, {
      companies, people: options.people, firstSequence, seedDate,
      from: chunk * RECEIVABLE_CHUNK, to: Math.min(options.receivables, (chunk + 1) * RECEIVABLE_CHUNK),
    }));
    background = prepared;

    await timed(steps, "people", log, () => withoutIndexesAndForeignKeys(client, "people", async () => {
      const result = await client.query(PEOPLE_SQL, [
        FIRST_NAMES, SURNAMES, JOINED_SURNAMES, ACTIVITIES.map(([activity]) => activity), ACTIVITIES.map(([, word]) => word),
        VOLUME_INDEX_BASE, first, last,
      ]);
      return { rows: result.rowCount ?? 0 };
    }));
    await timed(steps, "person_phones", log, () => withoutIndexesAndForeignKeys(client, "person_phones", async () => {
      const result = await client.query(PHONES_SQL, [
        phoneTypes.mobile, phoneTypes.landline, [...DDDS], VOLUME_INDEX_BASE, volumeCode(first), volumeCode(last),
      ]);
      return { rows: result.rowCount ?? 0 };
    }));

    const personIds = (await client.query<{ id: number }>(
      `select id from people where erp_code between $1 and $2 and ${VOLUME_ERP_CODE} order by erp_code`, [volumeCode(first), volumeCode(last)],
    )).rows.map((row) => row.id);
    await timed(steps, "receivables", log, () => withoutIndexesAndForeignKeys(client, "receivables", async () => {
      let inserted = 0;
      for (let start = 0; start < prepared.results.length; start += CHUNKS_PER_INSERT) {
        const chunks = await Promise.all(prepared.results.slice(start, start + CHUNKS_PER_INSERT));
        for (const chunk of chunks) chunk.columns[1] = chunk.personPositions.map((position) => personIds[position]!).join(",");
        const columns = COLUMN_SEPARATORS.map((separator, column) => chunks.map((chunk) => chunk.columns[column]).join(separator));
        inserted += (await client.query(RECEIVABLES_SQL, columns)).rowCount ?? 0;
      }
      return { rows: inserted };
    }));

    await client.query("commit");
    await timed(steps, "analyze", log, async () => {
      await client.query("analyze people, person_phones, receivables");
      return { rows: 0 };
    });
    return { status: "done", steps, totalMs: Math.round(performance.now() - started) };
  } catch (error) {
    await client.query("rollback").catch(() => {});
    throw error;
  } finally {
    background?.stop();
    await client.end();
  }
}
