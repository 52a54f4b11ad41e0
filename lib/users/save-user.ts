import { eq } from "drizzle-orm";
import { userCompanies, users } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import { grantedCompanyIds, requireAdmin, type Ctx } from "@/lib/core/ctx";
import { conflict, invalid, notFound, ServiceError, uniqueViolation } from "@/lib/core/errors";
import { hashPassword } from "@/lib/core/password";
import { assertManageableUser } from "./assert-manageable-user";
import { assertOtherActiveAdmin } from "./assert-other-active-admin";
import type { UserInput } from "./schemas";

type UserRecord = typeof users.$inferSelect;

/** What the audit log keeps of a user: never the password hash. */
const auditView = (user: UserRecord, companyIds: number[]) =>
  ({ name: user.name, email: user.email, role: user.role, active: user.active, companyIds: [...companyIds].sort((a, b) => a - b) });

async function replaceGrants(ctx: Ctx, userId: number, companyIds: number[]) {
  await ctx.db.delete(userCompanies).where(eq(userCompanies.userId, userId));
  await ctx.db.insert(userCompanies).values(companyIds.map((companyId) => ({ userId, companyId })));
}

/**
 * Creates or edits a user and its company grants. An admin only edits users within their own companies and
 * grants among their active companies; grants to inactive companies (not offered by the form) are kept.
 */
export async function saveUser({ ctx, input }: { ctx: Ctx; input: UserInput }) {
  requireAdmin(ctx);
  const reachable = new Set(grantedCompanyIds(ctx));
  const requested = [...new Set(input.companyIds)];
  if (requested.length === 0) throw invalid("companyIds", "Conceda acesso a pelo menos uma empresa.");
  if (requested.some((id) => !reachable.has(id))) {
    const message = "Empresas: você só pode conceder acesso às empresas que também são suas.";
    throw new ServiceError("FORBIDDEN", message, { companyIds: [message] });
  }
  const values = { name: input.name, email: input.email, role: input.role };
  try {
    if (!input.id) {
      if (!input.password || input.password.length < 8) throw invalid("password", "A senha deve ter ao menos 8 caracteres.");
      const [created] = await ctx.db.insert(users).values({ ...values, passwordHash: await hashPassword(input.password) }).returning();
      if (!created) throw new Error("insert returned nothing");
      await replaceGrants(ctx, created.id, requested);
      await recordAudit(ctx, { entity: "user", entityId: created.id, action: "create", after: auditView(created, requested) });
      return { id: created.id };
    }

    const [before] = await ctx.db.select().from(users).where(eq(users.id, input.id));
    if (!before) throw notFound("Usuário");
    await assertManageableUser(ctx, before.id);
    if (before.role === "admin" && input.role !== "admin") {
      if (before.id === ctx.user.id) throw invalid("role", "Você não pode retirar o seu próprio perfil de administrador.");
      if (before.active) await assertOtherActiveAdmin(ctx, before.id, "role");
    }
    const previous = (await ctx.db.select({ companyId: userCompanies.companyId }).from(userCompanies)
      .where(eq(userCompanies.userId, before.id))).map((g) => g.companyId);
    const grants = [...new Set([...previous.filter((id) => !reachable.has(id)), ...requested])];
    const [after] = await ctx.db.update(users).set(values).where(eq(users.id, before.id)).returning();
    await replaceGrants(ctx, before.id, grants);
    await recordAudit(ctx, {
      entity: "user", entityId: before.id, action: "update", before: auditView(before, previous), after: auditView(after!, grants),
    });
    return { id: before.id };
  } catch (error) {
    if (uniqueViolation(error) === "users_email_key") throw conflict("email", "Já existe um usuário com este e-mail.");
    throw error;
  }
}
