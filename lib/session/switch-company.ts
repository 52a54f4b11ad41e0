import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { assertCompanyAccess, type Ctx } from "@/lib/core/ctx";

/** Persists the logged company on the user; every request re-checks it against the grants. */
export async function switchCompany({ ctx, input }: { ctx: Ctx; input: { companyId: number } }) {
  assertCompanyAccess(ctx, input.companyId);
  await ctx.db.update(users).set({ currentCompanyId: input.companyId }).where(eq(users.id, ctx.user.id));
  return { companyId: input.companyId };
}
