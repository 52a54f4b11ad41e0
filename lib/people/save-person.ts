import { and, asc, eq, inArray, ne } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { additionalFields, people, personAdditionalValues, personEmails, personPhones, phoneTypes } from "@/db/schema";
import { onlyDigits } from "@/lib/br/document";
import { normalizePhone } from "@/lib/br/phone";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { conflict, invalid, notFound, ServiceError, uniqueViolation, type FieldErrors } from "@/lib/core/errors";
import { queueContactOnPersonSave } from "@/lib/rdconversas/contacts/queue-contact-on-person-save";
import { normalizeAdditionalValue } from "./additional-value";
import type { PersonInput } from "./schemas";

/** The person as the audit log records it: the row plus everything the form replaces. */
async function personSnapshot(db: DbOrTx, id: number) {
  const [person] = await db.select().from(people).where(eq(people.id, id));
  if (!person) return null;
  // Sequential: inside the action's transaction there is one connection.
  const phones = await db.select({ phoneTypeId: personPhones.phoneTypeId, e164: personPhones.e164, isPrimary: personPhones.isPrimary })
    .from(personPhones).where(eq(personPhones.personId, id)).orderBy(asc(personPhones.id));
  const emails = await db.select({ email: personEmails.email, isPrimary: personEmails.isPrimary })
    .from(personEmails).where(eq(personEmails.personId, id)).orderBy(asc(personEmails.id));
  const additionalValues = await db.select({ fieldId: personAdditionalValues.fieldId, value: personAdditionalValues.value })
    .from(personAdditionalValues).where(eq(personAdditionalValues.personId, id)).orderBy(asc(personAdditionalValues.fieldId));
  return { ...person, phones, emails, additionalValues };
}

async function findOther(db: DbOrTx, column: typeof people.document | typeof people.erpCode, value: string, selfId?: number) {
  const [other] = await db.select({ id: people.id, name: people.name }).from(people)
    .where(and(eq(column, value), selfId ? ne(people.id, selfId) : undefined)).limit(1);
  return other;
}

const duplicateDocument = (other: { id: number; name: string }) =>
  conflict("document", `Já existe uma pessoa com este CPF/CNPJ: ${other.name}.`, `/people/${other.id}`);
const duplicateErpCode = (other: { id: number; name: string }) =>
  conflict("erpCode", `Já existe uma pessoa com este código ERP: ${other.name}.`, `/people/${other.id}`);

async function checkAccount(ctx: Ctx, input: PersonInput) {
  if (input.accountId === null) return;
  if (input.accountId === input.id) throw invalid("accountId", "Uma pessoa não pode ser contato de si mesma.");
  const [account] = await ctx.db.select({ accountId: people.accountId }).from(people).where(eq(people.id, input.accountId));
  if (!account) throw invalid("accountId", "A conta deste contato não existe mais.");
  if (account.accountId !== null) throw invalid("accountId", "A conta escolhida é contato de outra pessoa: vincule à conta principal.");
  if (input.id) {
    const [contact] = await ctx.db.select({ id: people.id }).from(people).where(eq(people.accountId, input.id)).limit(1);
    if (contact) throw invalid("accountId", "Esta pessoa tem contatos próprios e não pode virar contato de outra.");
  }
}

async function normalizedPhones(ctx: Ctx, input: PersonInput) {
  const errors: FieldErrors = {};
  const typeIds = [...new Set(input.phones.map((p) => p.phoneTypeId))];
  const known = new Set(typeIds.length
    ? (await ctx.db.select({ id: phoneTypes.id }).from(phoneTypes).where(inArray(phoneTypes.id, typeIds))).map((t) => t.id)
    : []);
  const phones = input.phones.map((phone, i) => {
    if (!known.has(phone.phoneTypeId)) errors[`phones.${i}.phoneTypeId`] = ["Este tipo de telefone não existe mais: escolha outro."];
    const normalized = normalizePhone(phone.number);
    if (!normalized.ok) errors[`phones.${i}.number`] = [normalized.message];
    return { phoneTypeId: phone.phoneTypeId, e164: normalized.ok ? normalized.e164 : "", isPrimary: phone.isPrimary };
  });
  return { phones, errors };
}

async function normalizedAdditionalValues(ctx: Ctx, input: PersonInput) {
  const errors: FieldErrors = {};
  const fieldIds = input.additionalValues.map((v) => v.fieldId);
  const fields = new Map(fieldIds.length
    ? (await ctx.db.select().from(additionalFields).where(inArray(additionalFields.id, fieldIds))).map((f) => [f.id, f])
    : []);
  const values = input.additionalValues.map((row, i) => {
    const field = fields.get(row.fieldId);
    if (!field) {
      errors[`additionalValues.${i}.fieldId`] = ["Este campo adicional não existe mais."];
      return { fieldId: row.fieldId, value: row.value };
    }
    const normalized = normalizeAdditionalValue(field.type, row.value);
    if (!normalized.ok) errors[`additionalValues.${i}.value`] = [`${field.label}: ${normalized.message}`];
    return { fieldId: row.fieldId, value: normalized.ok ? normalized.value : row.value };
  });
  return { values, errors };
}

/** Creates or updates a person (PESFM010), replacing phones, e-mails and additional values. */
export async function savePerson({ ctx, input }: { ctx: Ctx; input: PersonInput }) {
  const document = input.document ? onlyDigits(input.document) : null;
  const erpCode = input.erpCode || null;
  const before = input.id ? await personSnapshot(ctx.db, input.id) : null;
  if (input.id && !before) throw notFound("Pessoa");

  await checkAccount(ctx, input);
  const otherWithDocument = document ? await findOther(ctx.db, people.document, document, input.id) : undefined;
  if (otherWithDocument) throw duplicateDocument(otherWithDocument);
  const otherWithErpCode = erpCode ? await findOther(ctx.db, people.erpCode, erpCode, input.id) : undefined;
  if (otherWithErpCode) throw duplicateErpCode(otherWithErpCode);
  const { phones, errors: phoneErrors } = await normalizedPhones(ctx, input);
  const { values: additionalValues, errors: valueErrors } = await normalizedAdditionalValues(ctx, input);
  const fieldErrors = { ...phoneErrors, ...valueErrors };
  const firstError = Object.values(fieldErrors)[0]?.[0];
  if (firstError) throw new ServiceError("INVALID", `Verifique os campos: ${firstError}`, fieldErrors);

  const now = ctx.clock.now();
  const row = {
    kind: input.kind, document, name: input.name, tradeName: input.tradeName || null, erpCode,
    crmCode: input.crmCode || null, accountId: input.accountId, optOutWhatsapp: input.optOutWhatsapp,
    optOutSms: input.optOutSms, optOutEmail: input.optOutEmail, updatedAt: now,
  };
  let id: number;
  try {
    // A savepoint, so a concurrent duplicate can still be looked up and named after the unique violation.
    id = await ctx.db.transaction(async (tx) => {
      const personId = input.id
        ? (await tx.update(people).set(row).where(eq(people.id, input.id)).returning({ id: people.id }))[0]!.id
        : (await tx.insert(people).values({ ...row, createdAt: now }).returning({ id: people.id }))[0]!.id;
      await tx.delete(personPhones).where(eq(personPhones.personId, personId));
      await tx.delete(personEmails).where(eq(personEmails.personId, personId));
      await tx.delete(personAdditionalValues).where(eq(personAdditionalValues.personId, personId));
      if (phones.length) await tx.insert(personPhones).values(phones.map((p) => ({ ...p, personId })));
      if (input.emails.length) await tx.insert(personEmails).values(input.emails.map((e) => ({ ...e, personId })));
      if (additionalValues.length) await tx.insert(personAdditionalValues).values(additionalValues.map((v) => ({ ...v, personId })));
      return personId;
    });
  } catch (error) {
    const constraint = uniqueViolation(error);
    if (constraint === "people_document_key" && document) {
      const other = await findOther(ctx.db, people.document, document, input.id);
      throw other ? duplicateDocument(other) : conflict("document", "Já existe uma pessoa com este CPF/CNPJ.");
    }
    if (constraint === "people_erp_code_key" && erpCode) {
      const other = await findOther(ctx.db, people.erpCode, erpCode, input.id);
      throw other ? duplicateErpCode(other) : conflict("erpCode", "Já existe uma pessoa com este código ERP.");
    }
    throw error;
  }
  const after = await personSnapshot(ctx.db, id);
  await queueContactOnPersonSave(ctx, id, before, after!);
  await recordAudit(ctx, { entity: "person", entityId: id, action: input.id ? "update" : "create", before: before ?? undefined, after });
  return { id };
}
