import { asc, eq } from "drizzle-orm";
import { companies, userCompanies } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";

/** An admin manages the companies it was granted, active or not (creating one grants it to the creator). */
export async function listCompanies({ ctx }: { ctx: Ctx }) {
  return ctx.db.select({ company: companies }).from(companies)
    .innerJoin(userCompanies, eq(userCompanies.companyId, companies.id))
    .where(eq(userCompanies.userId, ctx.user.id))
    .orderBy(asc(companies.code))
    .then((rows) => rows.map((r) => r.company));
}
