import { and, eq } from "drizzle-orm";
import { userCompanies } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { forbidden } from "@/lib/core/errors";

/** Like assertCompanyAccess, but also for inactive companies (ctx.companies holds only active ones) so they can be reactivated. */
export async function assertGrantedCompany(ctx: Ctx, companyId: number) {
  const [grant] = await ctx.db.select().from(userCompanies)
    .where(and(eq(userCompanies.userId, ctx.user.id), eq(userCompanies.companyId, companyId)));
  if (!grant) throw forbidden("Você não tem acesso a esta empresa.");
}
