import { count, desc, eq } from "drizzle-orm";
import { companies, crmOccurrences, crmOccurrenceTypes } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { CRM_PAGE_SIZE, crmListWhere, pageOffset, type CrmListInput } from "./list-scope";
import { accountPerson, contactPerson } from "./people-names";

export async function listOccurrences({ ctx, input }: { ctx: Ctx; input: CrmListInput }) {
  const where = crmListWhere(ctx, crmOccurrences, input);
  const [items, [total]] = await Promise.all([
    ctx.db.select({
      id: crmOccurrences.id, protocol: crmOccurrences.protocol, subject: crmOccurrences.subject, status: crmOccurrences.status,
      typeName: crmOccurrenceTypes.name, accountName: accountPerson.name, contactName: contactPerson.name,
      companyCode: companies.code, createdAt: crmOccurrences.createdAt,
    }).from(crmOccurrences)
      .innerJoin(crmOccurrenceTypes, eq(crmOccurrenceTypes.id, crmOccurrences.typeId))
      .innerJoin(accountPerson, eq(accountPerson.id, crmOccurrences.accountId))
      .leftJoin(contactPerson, eq(contactPerson.id, crmOccurrences.contactId))
      .innerJoin(companies, eq(companies.id, crmOccurrences.companyId))
      .where(where).orderBy(desc(crmOccurrences.createdAt), desc(crmOccurrences.id))
      .limit(CRM_PAGE_SIZE).offset(pageOffset(input.page)),
    ctx.db.select({ n: count() }).from(crmOccurrences).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}
