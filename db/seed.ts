import { eq, inArray, or, sql } from "drizzle-orm";
import { createDb, type Db, type Tx } from "./client";
import {
  additionalFields, companies, orders, orderStageHistory, people, personAdditionalValues, personEmails, personPhones,
  phoneTypes, processConfigs, receivables, settings, userCompanies, users,
} from "./schema";
import { hashPassword } from "../lib/core/password";
import { addDays, saoPauloDate } from "../lib/br/format";
import { parseSaoPauloLocal } from "../lib/scheduler/sao-paulo-time";
import { createRng } from "./seed/generators";
import { orderSpec, type OrderSpec } from "./seed/orders";
import { buildDemoPeople, type PersonSpec } from "./seed/people";
import { receivableRow, type ReceivableRow } from "./seed/receivables";

export const DEMO_PASSWORD = "recado123";
export const DEMO_COMPANY_CODES = ["01", "02", "03"] as const;
export const DEMO_PEOPLE = 2_000;
export const DEMO_CONTACTS = 150;
export const DEMO_RECEIVABLES_PER_COMPANY = 1_200;
export const DEMO_ORDERS_PER_COMPANY = 250;
/** Additional field that stores the RD Conversas contact id of people already sent. */
export const RD_CONTACT_FIELD = { code: "RDCONV_ID", label: "ID contato RD Conversas", type: "text" as const };

const DEMO_SEED = 20_240_523;
const BATCH = 1_000;

/** Multi-row inserts of BATCH rows each: a few statements instead of one per row. */
async function insertInBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += BATCH) await insert(rows.slice(start, start + BATCH));
}

/** Companies, the admin and the operator, phone types: skipped when the demo admin exists. */
async function seedAccess(db: Db): Promise<boolean> {
  const existing = await db.execute(sql`select 1 from users where lower(email) = 'admin@recado.dev'`);
  if (existing.rows.length > 0) return false;
  await db.transaction(async (tx) => {
    const created = await tx.insert(companies).values([
      { code: "01", name: "Moda Brasil Matriz", document: "11222333000181" },
      { code: "02", name: "Moda Brasil Filial Sul", document: "11444777000161" },
      { code: "03", name: "Conecta Provedor", document: "45723174000110" },
    ]).returning();
    const hash = await hashPassword(DEMO_PASSWORD);
    const [admin, operator] = await tx.insert(users).values([
      { email: "admin@recado.dev", name: "Ana Administradora", passwordHash: hash, role: "admin" as const },
      { email: "operador@recado.dev", name: "Otávio Operador", passwordHash: hash, role: "operator" as const },
    ]).returning();
    await tx.insert(userCompanies).values([
      ...created.map((c) => ({ userId: admin!.id, companyId: c.id })),
      ...created.slice(0, 2).map((c) => ({ userId: operator!.id, companyId: c.id })),
    ]);
    await tx.insert(phoneTypes).values([
      { code: "CEL", description: "Celular" },
      { code: "RES", description: "Residencial" },
      { code: "COM", description: "Comercial" },
    ]).onConflictDoNothing();
  });
  return true;
}

/** Inserts the people (accounts before their contacts) and returns their ids by spec position. */
async function insertPeople(tx: Tx, specs: PersonSpec[]): Promise<number[]> {
  const ids: number[] = new Array(specs.length);
  const positionByErpCode = new Map(specs.map((spec, position) => [spec.erpCode, position]));
  const toRow = (spec: PersonSpec) => ({
    kind: spec.kind, document: spec.document, name: spec.name, tradeName: spec.tradeName, erpCode: spec.erpCode,
    accountId: spec.accountPosition === null ? null : ids[spec.accountPosition]!,
    optOutWhatsapp: spec.optOutWhatsapp, optOutSms: spec.optOutSms, optOutEmail: spec.optOutEmail,
    createdAt: spec.createdAt, updatedAt: spec.createdAt,
  });
  for (const contactsPhase of [false, true]) {
    const phase = specs.filter((spec) => (spec.accountPosition !== null) === contactsPhase);
    await insertInBatches(phase, async (batch) => {
      const inserted = await tx.insert(people).values(batch.map(toRow)).returning({ id: people.id, erpCode: people.erpCode });
      for (const row of inserted) ids[positionByErpCode.get(row.erpCode!)!] = row.id;
    });
  }
  return ids;
}

type SeededCompany = typeof companies.$inferSelect;

/** People with phones and e-mails, receivables and orders of the demo companies: skipped when any demo person exists. */
async function seedRecords(db: Db, now: Date): Promise<string | null> {
  const rng = createRng(DEMO_SEED);
  const specs = buildDemoPeople(rng, { count: DEMO_PEOPLE, contacts: DEMO_CONTACTS, now });
  const documents = specs.flatMap((spec) => (spec.document ? [spec.document] : []));
  const clash = await db.select({ id: people.id }).from(people)
    .where(or(inArray(people.document, documents), inArray(people.erpCode, specs.map((spec) => spec.erpCode)))).limit(1);
  if (clash.length > 0) return null;

  return db.transaction(async (tx) => {
    await tx.insert(additionalFields).values(RD_CONTACT_FIELD).onConflictDoNothing();
    const [rdField] = await tx.select().from(additionalFields).where(eq(additionalFields.code, RD_CONTACT_FIELD.code));
    const types = await tx.select().from(phoneTypes);
    const typeId = new Map(types.map((type) => [type.code, type.id]));
    const demoCompanies: SeededCompany[] = await tx.select().from(companies)
      .where(inArray(companies.code, [...DEMO_COMPANY_CODES])).orderBy(companies.code);
    if (demoCompanies.length) {
      await tx.insert(settings).values(demoCompanies.map((company) => ({
        code: "CD_TIPOFONE_CELULAR", companyId: company.id, value: { phoneTypeCode: "CEL" },
      }))).onConflictDoNothing();
      // GERFP095 has something to show: a daily people count per company from tomorrow 06:00.
      await tx.insert(processConfigs).values(demoCompanies.map((company) => ({
        companyId: company.id, description: "Contagem diária de pessoas", processType: "Cadastros", processCode: "demo.count-people",
        frequency: "daily" as const, startAt: parseSaoPauloLocal(`${addDays(saoPauloDate(now), 1)}T06:00`)!, params: { onlyWithMobile: false },
      })));
    }

    const ids = await insertPeople(tx, specs);
    await insertInBatches(specs.flatMap((spec, position) => spec.phones.flatMap((phone) => {
      const phoneTypeId = typeId.get(phone.type);
      return phoneTypeId ? [{ personId: ids[position]!, phoneTypeId, e164: phone.e164, isPrimary: true }] : [];
    })), (batch) => tx.insert(personPhones).values(batch));
    await insertInBatches(specs.flatMap((spec, position) => spec.emails.map((email, index) => ({
      personId: ids[position]!, email, isPrimary: index === 0,
    }))), (batch) => tx.insert(personEmails).values(batch));
    await insertInBatches(specs.flatMap((spec, position) => (spec.rdContactId && rdField
      ? [{ personId: ids[position]!, fieldId: rdField.id, value: spec.rdContactId }] : [])),
    (batch) => tx.insert(personAdditionalValues).values(batch));

    // Titles and orders belong to customers: accounts and individuals, not the accounts' contacts.
    const customerIds = specs.flatMap((spec, position) => (spec.accountPosition === null ? [ids[position]!] : []));
    const seedDate = saoPauloDate(now);
    const receivableRows: ReceivableRow[] = [];
    const orderSpecs: OrderSpec[] = [];
    for (const company of demoCompanies) {
      for (let sequence = 1; sequence <= DEMO_RECEIVABLES_PER_COMPANY; sequence++) {
        receivableRows.push(receivableRow(rng, {
          company, personId: rng.pick(customerIds), sequence, seedDate, dayOffset: rng.int(-30, 30),
          documentNumber: `${String(100_000 + sequence)}-${rng.int(1, 6)}`,
        }));
      }
      for (let sequence = 1; sequence <= DEMO_ORDERS_PER_COMPANY; sequence++) {
        orderSpecs.push(orderSpec(rng, { companyId: company.id, personId: rng.pick(customerIds), sequence, now }));
      }
    }
    await insertInBatches(receivableRows, (batch) => tx.insert(receivables).values(batch).onConflictDoNothing());
    const history: (typeof orderStageHistory.$inferInsert)[] = [];
    await insertInBatches(orderSpecs, async (batch) => {
      const inserted = await tx.insert(orders).values(batch.map(({ history: _, ...order }) => order)).onConflictDoNothing()
        .returning({ id: orders.id, companyId: orders.companyId, number: orders.number });
      const byKey = new Map(batch.map((order) => [`${order.companyId}:${order.number}`, order]));
      for (const row of inserted) {
        for (const step of byKey.get(`${row.companyId}:${row.number}`)!.history) history.push({ orderId: row.id, ...step });
      }
    });
    await insertInBatches(history, (batch) => tx.insert(orderStageHistory).values(batch));
    const count = new Intl.NumberFormat("pt-BR");
    return `${count.format(specs.length)} pessoas, ${count.format(receivableRows.length)} títulos e ${count.format(orderSpecs.length)} pedidos`;
  });
}

/** Demo data for the embedded database: each part runs once (skips what already exists), so it is safe on every start. */
export async function seedDemo(url: string, now = new Date()): Promise<string> {
  const { db, pool } = createDb(url, 2);
  try {
    const accessCreated = await seedAccess(db);
    const records = await seedRecords(db, now);
    if (!accessCreated && !records) return "já existentes";
    return [accessCreated ? "empresas e usuários criados" : null, records ? `${records} criados` : null]
      .filter(Boolean).join("; ");
  } finally {
    await pool.end();
  }
}
