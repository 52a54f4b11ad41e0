import { count, desc, eq } from "drizzle-orm";
import { companies, crmHistory, users } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { CRM_PAGE_SIZE, crmListWhere, pageOffset, type CrmListInput } from "./list-scope";
import { accountPerson, contactPerson } from "./people-names";

export async function listHistory({ ctx, input }: { ctx: Ctx; input: CrmListInput }) {
  const where = crmListWhere(ctx, crmHistory, input);
  const [items, [total]] = await Promise.all([
    ctx.db.select({
      id: crmHistory.id, note: crmHistory.note, accountName: accountPerson.name, contactName: contactPerson.name,
      userName: users.name, companyCode: companies.code, createdAt: crmHistory.createdAt,
    }).from(crmHistory)
      .innerJoin(accountPerson, eq(accountPerson.id, crmHistory.accountId))
      .leftJoin(contactPerson, eq(contactPerson.id, crmHistory.contactId))
      .innerJoin(users, eq(users.id, crmHistory.createdBy))
      .innerJoin(companies, eq(companies.id, crmHistory.companyId))
      .where(where).orderBy(desc(crmHistory.createdAt), desc(crmHistory.id))
      .limit(CRM_PAGE_SIZE).offset(pageOffset(input.page)),
    ctx.db.select({ n: count() }).from(crmHistory).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}
