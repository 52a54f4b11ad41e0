import { and, asc, eq, notExists, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { companies, userCompanies } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { ServiceError } from "@/lib/core/errors";

/**
 * An admin manages a user only when holding every company that user is granted: resetting the password or
 * changing the profile of someone with wider access would hand over companies the admin was never given.
 */
export async function assertManageableUser(ctx: Pick<Ctx, "db" | "user">, userId: number) {
  const mine = alias(userCompanies, "mine");
  const outside = await ctx.db
    .select({ code: companies.code })
    .from(userCompanies)
    .innerJoin(companies, eq(companies.id, userCompanies.companyId))
    .where(and(
      eq(userCompanies.userId, userId),
      notExists(ctx.db.select({ one: sql`1` }).from(mine)
        .where(and(eq(mine.userId, ctx.user.id), eq(mine.companyId, userCompanies.companyId)))),
    ))
    .orderBy(asc(companies.code));
  if (outside.length === 0) return;
  throw new ServiceError(
    "FORBIDDEN",
    `Este usuário também tem acesso a empresas que você não administra (${outside.map((c) => c.code).join(", ")}): peça a um administrador dessas empresas.`,
  );
}
