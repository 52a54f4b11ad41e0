import { and, eq, inArray, or } from "drizzle-orm";
import type { DbOrTx, Tx } from "@/db/client";
import { people, personPhones, phoneTypes } from "@/db/schema";
import { onlyDigits } from "@/lib/br/document";
import { normalizePhone } from "@/lib/br/phone";
import type { Clock } from "@/lib/core/clock";
import { invalid } from "@/lib/core/errors";
import type { ApiCtx } from "./api-ctx";
import { importRows, type RowOutcome } from "./import-rows";
import { recordApiImport } from "./record-api-import";
import { personRowSchema, type PersonRow } from "./schemas";

type StoredPhone = { phoneTypeId: number; e164: string; isPrimary: boolean };
type StoredPerson = typeof people.$inferSelect & { phones: StoredPhone[] };
type Lookup = { byErpCode: Map<string, StoredPerson>; byDocument: Map<string, StoredPerson>; phoneTypeIds: Map<string, number> };

async function loadPeople(db: DbOrTx, rows: PersonRow[]): Promise<Lookup> {
  const erpCodes = rows.map((r) => r.erpCode);
  const documents = rows.map((r) => onlyDigits(r.document));
  const found = rows.length
    ? await db.select().from(people).where(or(inArray(people.erpCode, erpCodes), inArray(people.document, documents)))
    : [];
  const phones = found.length
    ? await db.select({ personId: personPhones.personId, phoneTypeId: personPhones.phoneTypeId, e164: personPhones.e164, isPrimary: personPhones.isPrimary })
      .from(personPhones).where(inArray(personPhones.personId, found.map((p) => p.id)))
    : [];
  const lookup: Lookup = {
    byErpCode: new Map(), byDocument: new Map(),
    phoneTypeIds: new Map((await db.select({ id: phoneTypes.id, code: phoneTypes.code }).from(phoneTypes)).map((t) => [t.code, t.id])),
  };
  const phonesByPerson = new Map<number, StoredPhone[]>();
  for (const { personId, ...phone } of phones) phonesByPerson.set(personId, [...(phonesByPerson.get(personId) ?? []), phone]);
  for (const person of found) {
    const stored = { ...person, phones: phonesByPerson.get(person.id) ?? [] };
    if (person.erpCode) lookup.byErpCode.set(person.erpCode, stored);
    if (person.document) lookup.byDocument.set(person.document, stored);
  }
  return lookup;
}

/** The row's phones as stored: type ids resolved, E.164, and the first of each type primary when none is marked. */
function phonesOf(row: PersonRow, phoneTypeIds: Map<string, number>): StoredPhone[] {
  const phones = (row.phones ?? []).map((phone, i) => {
    const phoneTypeId = phoneTypeIds.get(phone.type);
    if (!phoneTypeId) throw invalid(`phones.${i}.type`, `Tipo de telefone desconhecido: "${phone.type}". Use um código cadastrado em Tipos de telefone (PESFM020).`);
    const normalized = normalizePhone(phone.number);
    if (!normalized.ok) throw invalid(`phones.${i}.number`, normalized.message);
    return { phoneTypeId, e164: normalized.e164, isPrimary: phone.primary ?? false };
  });
  const typesWithPrimary = new Set(phones.filter((p) => p.isPrimary).map((p) => p.phoneTypeId));
  return phones.map((phone, i) => ({
    ...phone,
    isPrimary: phone.isPrimary || (!typesWithPrimary.has(phone.phoneTypeId) && phones.findIndex((p) => p.phoneTypeId === phone.phoneTypeId) === i),
  }));
}

const phoneKey = (phones: StoredPhone[]) => phones.map((p) => `${p.phoneTypeId}|${p.e164}|${p.isPrimary}`).sort().join(",");

/** Who the row is: the person with its ERP code, else a person registered by hand with its document and no ERP code. */
function matchPerson(row: PersonRow, document: string, lookup: Lookup) {
  const byErpCode = lookup.byErpCode.get(row.erpCode);
  const byDocument = lookup.byDocument.get(document);
  if (byDocument && byDocument.id !== byErpCode?.id && (byErpCode || byDocument.erpCode)) {
    const owner = byDocument.erpCode ? `código ERP ${byDocument.erpCode}` : "sem código ERP";
    throw invalid("document", `Este CPF/CNPJ já pertence a outra pessoa: ${byDocument.name} (${owner}).`);
  }
  return byErpCode ?? byDocument;
}

async function savePersonRow(tx: Tx, clock: Clock, row: PersonRow, lookup: Lookup): Promise<RowOutcome> {
  const document = onlyDigits(row.document);
  const existing = matchPerson(row, document, lookup);
  const phones = phonesOf(row, lookup.phoneTypeIds);
  const values = {
    kind: row.kind, document, name: row.name, erpCode: row.erpCode,
    // Omitted keeps what is stored; null or "" clears.
    tradeName: row.tradeName === undefined ? existing?.tradeName ?? null : row.tradeName || null,
    crmCode: row.crmCode === undefined ? existing?.crmCode ?? null : row.crmCode || null,
  };
  if (!existing) {
    const [created] = await tx.insert(people).values({ ...values, createdAt: clock.now(), updatedAt: clock.now() }).returning({ id: people.id });
    if (phones.length) await tx.insert(personPhones).values(phones.map((p) => ({ ...p, personId: created!.id })));
    return "created";
  }
  const replacedTypes = [...new Set(phones.map((p) => p.phoneTypeId))];
  const storedOfTypes = existing.phones.filter((p) => replacedTypes.includes(p.phoneTypeId));
  const phonesChanged = phoneKey(storedOfTypes) !== phoneKey(phones);
  const rowChanged = (Object.keys(values) as (keyof typeof values)[]).some((key) => existing[key] !== values[key]);
  if (!rowChanged && !phonesChanged) return "unchanged";
  await tx.update(people).set({ ...values, updatedAt: clock.now() }).where(eq(people.id, existing.id));
  if (phonesChanged) {
    await tx.delete(personPhones).where(and(eq(personPhones.personId, existing.id), inArray(personPhones.phoneTypeId, replacedTypes)));
    await tx.insert(personPhones).values(phones.map((p) => ({ ...p, personId: existing.id })));
  }
  return "updated";
}

/** POST /api/v1/people: bulk upsert of the organization-wide people registry by ERP code. */
export async function upsertPeople({ ctx, input }: { ctx: ApiCtx; input: { people: unknown[] } }) {
  const result = await importRows({
    ctx, rows: input.people, keyName: "erpCode", schema: personRowSchema,
    load: (rows) => loadPeople(ctx.db, rows),
    save: (tx, row, lookup) => savePersonRow(tx, ctx.clock, row, lookup),
    uniqueRefusals: {
      people_document_key: { field: "document", message: "Este CPF/CNPJ já pertence a outra pessoa (gravada por outra linha ou requisição)." },
      people_erp_code_key: { field: "erpCode", message: "Este código ERP acabou de ser gravado por outra requisição: envie a linha de novo." },
    },
  });
  await recordApiImport(ctx, "people", result);
  return result;
}
