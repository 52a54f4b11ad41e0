import { count, desc, eq, inArray } from "drizzle-orm";
import { companies, crmLeads } from "@/db/schema";
import { grantedCompanyIds, type Ctx } from "@/lib/core/ctx";
import { CRM_PAGE_SIZE, pageOffset } from "./list-scope";

export async function listLeads({ ctx, input }: { ctx: Ctx; input: { page: number } }) {
  const where = inArray(crmLeads.companyId, grantedCompanyIds(ctx));
  const [items, [total]] = await Promise.all([
    ctx.db.select({
      id: crmLeads.id, name: crmLeads.name, phone: crmLeads.phone, email: crmLeads.email, notes: crmLeads.notes,
      companyCode: companies.code, createdAt: crmLeads.createdAt,
    }).from(crmLeads)
      .innerJoin(companies, eq(companies.id, crmLeads.companyId))
      .where(where).orderBy(desc(crmLeads.createdAt), desc(crmLeads.id))
      .limit(CRM_PAGE_SIZE).offset(pageOffset(input.page)),
    ctx.db.select({ n: count() }).from(crmLeads).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}
