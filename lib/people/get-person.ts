import { and, asc, desc, eq, inArray } from "drizzle-orm";
import {
  additionalFields, companies, orders, people, personAdditionalValues, personEmails, personPhones, phoneTypes, receivables,
} from "@/db/schema";
import { grantedCompanyIds, type Ctx } from "@/lib/core/ctx";
import { notFound } from "@/lib/core/errors";

/** Receivables and orders shown on the person page: the newest ones, never an unbounded list. */
export const PERSON_HISTORY_CAP = 50;
export const PERSON_CONTACTS_CAP = 100;

const capped = <T>(rows: T[], cap: number) => ({ items: rows.slice(0, cap), more: rows.length > cap });

/**
 * A person with everything PESFM010 shows. People are organization-wide; their receivables and orders
 * belong to companies and only those of the caller's granted companies come back.
 */
export async function getPerson({ ctx, input }: { ctx: Ctx; input: { id: number } }) {
  const [person] = await ctx.db.select().from(people).where(eq(people.id, input.id));
  if (!person) throw notFound("Pessoa");
  const granted = grantedCompanyIds(ctx);
  const [phones, emails, additionalValues, account, contactRows, receivableRows, orderRows] = await Promise.all([
    ctx.db
      .select({
        id: personPhones.id, phoneTypeId: personPhones.phoneTypeId, typeCode: phoneTypes.code,
        typeDescription: phoneTypes.description, e164: personPhones.e164, isPrimary: personPhones.isPrimary,
      })
      .from(personPhones)
      .innerJoin(phoneTypes, eq(phoneTypes.id, personPhones.phoneTypeId))
      .where(eq(personPhones.personId, person.id))
      .orderBy(asc(phoneTypes.code), desc(personPhones.isPrimary), asc(personPhones.id)),
    ctx.db
      .select({ id: personEmails.id, email: personEmails.email, isPrimary: personEmails.isPrimary })
      .from(personEmails)
      .where(eq(personEmails.personId, person.id))
      .orderBy(desc(personEmails.isPrimary), asc(personEmails.id)),
    ctx.db
      .select({
        fieldId: personAdditionalValues.fieldId, code: additionalFields.code, label: additionalFields.label,
        type: additionalFields.type, value: personAdditionalValues.value,
      })
      .from(personAdditionalValues)
      .innerJoin(additionalFields, eq(additionalFields.id, personAdditionalValues.fieldId))
      .where(eq(personAdditionalValues.personId, person.id))
      .orderBy(asc(additionalFields.label)),
    person.accountId === null
      ? Promise.resolve(undefined)
      : ctx.db.select({ id: people.id, name: people.name, document: people.document })
        .from(people).where(eq(people.id, person.accountId)).then((rows) => rows[0]),
    ctx.db
      .select({ id: people.id, name: people.name, document: people.document, erpCode: people.erpCode })
      .from(people)
      .where(eq(people.accountId, person.id))
      .orderBy(asc(people.name), asc(people.id))
      .limit(PERSON_CONTACTS_CAP + 1),
    ctx.db
      .select({
        id: receivables.id, companyCode: companies.code, companyName: companies.name,
        documentNumber: receivables.documentNumber, dueDate: receivables.dueDate, amountCents: receivables.amountCents,
        paymentMethod: receivables.paymentMethod, status: receivables.status,
      })
      .from(receivables)
      .innerJoin(companies, eq(companies.id, receivables.companyId))
      .where(and(eq(receivables.personId, person.id), inArray(receivables.companyId, granted)))
      .orderBy(desc(receivables.dueDate), desc(receivables.id))
      .limit(PERSON_HISTORY_CAP + 1),
    ctx.db
      .select({
        id: orders.id, companyCode: companies.code, companyName: companies.name, number: orders.number,
        channel: orders.channel, stage: orders.stage, totalCents: orders.totalCents, createdAt: orders.createdAt,
      })
      .from(orders)
      .innerJoin(companies, eq(companies.id, orders.companyId))
      .where(and(eq(orders.personId, person.id), inArray(orders.companyId, granted)))
      .orderBy(desc(orders.createdAt), desc(orders.id))
      .limit(PERSON_HISTORY_CAP + 1),
  ]);
  const contactPhones = contactRows.length
    ? await ctx.db
      .selectDistinctOn([personPhones.personId], { personId: personPhones.personId, e164: personPhones.e164 })
      .from(personPhones)
      .where(inArray(personPhones.personId, contactRows.map((c) => c.id)))
      .orderBy(personPhones.personId, desc(personPhones.isPrimary), asc(personPhones.id))
    : [];
  const phoneOf = new Map(contactPhones.map((p) => [p.personId, p.e164]));
  return {
    person,
    phones,
    emails,
    additionalValues,
    account: account ?? null,
    contacts: capped(contactRows.map((c) => ({ ...c, phone: phoneOf.get(c.id) ?? null })), PERSON_CONTACTS_CAP),
    receivables: capped(receivableRows, PERSON_HISTORY_CAP),
    orders: capped(orderRows, PERSON_HISTORY_CAP),
  };
}

export type PersonDetail = Awaited<ReturnType<typeof getPerson>>;
