import { and, asc, eq } from "drizzle-orm";
import { userCompanies, users } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { invalid, ServiceError } from "@/lib/core/errors";

/** Active users granted the logged company: who may sign documents or receive unattended conversations. */
export async function listCompanyUsers(ctx: Ctx) {
  return ctx.db.select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .innerJoin(userCompanies, and(eq(userCompanies.userId, users.id), eq(userCompanies.companyId, ctx.companyId)))
    .where(eq(users.active, true))
    .orderBy(asc(users.name), asc(users.id));
}

/** A user outside the company is not found; one of it but inactive is refused as invalid. */
export async function assertCompanyUser(ctx: Ctx, field: string, userId: number | null) {
  if (userId === null) return;
  const [row] = await ctx.db.select({ active: users.active }).from(users)
    .innerJoin(userCompanies, and(eq(userCompanies.userId, users.id), eq(userCompanies.companyId, ctx.companyId)))
    .where(eq(users.id, userId));
  if (!row) {
    const message = "Usuário não encontrado nesta empresa.";
    throw new ServiceError("NOT_FOUND", message, { [field]: [message] });
  }
  if (!row.active) throw invalid(field, "Selecione um usuário ativo: este está inativo.");
}
