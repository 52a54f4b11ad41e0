import { and, eq, inArray } from "drizzle-orm";
import { companies, crmOpportunities, users } from "@/db/schema";
import { grantedCompanyIds, type Ctx } from "@/lib/core/ctx";
import { notFound } from "@/lib/core/errors";
import { accountPerson, contactPerson } from "./people-names";

/** Another company's opportunity is simply not found. */
export async function getOpportunity({ ctx, input }: { ctx: Ctx; input: { id: number } }) {
  const [row] = await ctx.db.select({
    opportunity: crmOpportunities, companyName: companies.name,
    account: { id: accountPerson.id, name: accountPerson.name }, contactName: contactPerson.name, createdByName: users.name,
  }).from(crmOpportunities)
    .innerJoin(accountPerson, eq(accountPerson.id, crmOpportunities.accountId))
    .leftJoin(contactPerson, eq(contactPerson.id, crmOpportunities.contactId))
    .innerJoin(companies, eq(companies.id, crmOpportunities.companyId))
    .innerJoin(users, eq(users.id, crmOpportunities.createdBy))
    .where(and(eq(crmOpportunities.id, input.id), inArray(crmOpportunities.companyId, grantedCompanyIds(ctx))));
  if (!row) throw notFound("Oportunidade");
  return row;
}
