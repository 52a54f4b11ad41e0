import { asc, count, desc, eq, sql } from "drizzle-orm";
import { companies, crmTasks } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { CRM_PAGE_SIZE, crmListWhere, pageOffset, type CrmListInput } from "./list-scope";
import { accountPerson, contactPerson } from "./people-names";

/** Open tasks first, soonest due date first. */
export async function listTasks({ ctx, input }: { ctx: Ctx; input: CrmListInput }) {
  const where = crmListWhere(ctx, crmTasks, input);
  const [items, [total]] = await Promise.all([
    ctx.db.select({
      id: crmTasks.id, title: crmTasks.title, dueDate: crmTasks.dueDate, done: crmTasks.done,
      accountName: accountPerson.name, contactName: contactPerson.name, companyCode: companies.code, createdAt: crmTasks.createdAt,
    }).from(crmTasks)
      .innerJoin(accountPerson, eq(accountPerson.id, crmTasks.accountId))
      .leftJoin(contactPerson, eq(contactPerson.id, crmTasks.contactId))
      .innerJoin(companies, eq(companies.id, crmTasks.companyId))
      .where(where).orderBy(asc(crmTasks.done), sql`${crmTasks.dueDate} asc nulls last`, desc(crmTasks.id))
      .limit(CRM_PAGE_SIZE).offset(pageOffset(input.page)),
    ctx.db.select({ n: count() }).from(crmTasks).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}
