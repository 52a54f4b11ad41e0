import { count, desc, eq } from "drizzle-orm";
import { companies, crmOpportunities } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { CRM_PAGE_SIZE, crmListWhere, pageOffset, type CrmListInput } from "./list-scope";
import { accountPerson, contactPerson } from "./people-names";

export async function listOpportunities({ ctx, input }: { ctx: Ctx; input: CrmListInput }) {
  const where = crmListWhere(ctx, crmOpportunities, input);
  const [items, [total]] = await Promise.all([
    ctx.db.select({
      id: crmOpportunities.id, title: crmOpportunities.title, amountCents: crmOpportunities.amountCents, stage: crmOpportunities.stage,
      accountName: accountPerson.name, contactName: contactPerson.name, companyCode: companies.code, createdAt: crmOpportunities.createdAt,
    }).from(crmOpportunities)
      .innerJoin(accountPerson, eq(accountPerson.id, crmOpportunities.accountId))
      .leftJoin(contactPerson, eq(contactPerson.id, crmOpportunities.contactId))
      .innerJoin(companies, eq(companies.id, crmOpportunities.companyId))
      .where(where).orderBy(desc(crmOpportunities.createdAt), desc(crmOpportunities.id))
      .limit(CRM_PAGE_SIZE).offset(pageOffset(input.page)),
    ctx.db.select({ n: count() }).from(crmOpportunities).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}
