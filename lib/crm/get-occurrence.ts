import { and, eq, inArray } from "drizzle-orm";
import { companies, crmOccurrences, crmOccurrenceTypes, users } from "@/db/schema";
import { grantedCompanyIds, type Ctx } from "@/lib/core/ctx";
import { notFound } from "@/lib/core/errors";
import { accountPerson, contactPerson } from "./people-names";

/** By id or protocol (the CTI "detail code" may be either); another company's occurrence is simply not found. */
export async function getOccurrence({ ctx, input }: { ctx: Ctx; input: { code: string } }) {
  const code = input.code.trim().toUpperCase();
  const key = /^\d{1,9}$/.test(code) ? eq(crmOccurrences.id, Number(code)) : eq(crmOccurrences.protocol, code);
  const [row] = await ctx.db.select({
    occurrence: crmOccurrences, typeName: crmOccurrenceTypes.name, companyName: companies.name,
    account: { id: accountPerson.id, name: accountPerson.name }, contactName: contactPerson.name, createdByName: users.name,
  }).from(crmOccurrences)
    .innerJoin(crmOccurrenceTypes, eq(crmOccurrenceTypes.id, crmOccurrences.typeId))
    .innerJoin(accountPerson, eq(accountPerson.id, crmOccurrences.accountId))
    .leftJoin(contactPerson, eq(contactPerson.id, crmOccurrences.contactId))
    .innerJoin(companies, eq(companies.id, crmOccurrences.companyId))
    .innerJoin(users, eq(users.id, crmOccurrences.createdBy))
    .where(and(key, inArray(crmOccurrences.companyId, grantedCompanyIds(ctx))));
  if (!row) throw notFound("Ocorrência");
  return row;
}
