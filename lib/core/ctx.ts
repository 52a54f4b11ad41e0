import { and, asc, eq } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { companies, revokedSessions, userCompanies, users } from "@/db/schema";
import type { Clock } from "./clock";
import { ServiceError } from "./errors";

export type Role = "admin" | "operator";
export type CtxUser = { id: number; name: string; email: string; role: Role };
export type CompanyRef = { id: number; code: string; name: string };

/** Who is acting, for which logged company, against which database. Every service takes one. */
export type Ctx = {
  db: DbOrTx;
  user: CtxUser;
  /** The logged company (header switcher), always one of `companies`. */
  companyId: number;
  /** Companies granted to the user: every company-owned read and write is limited to these. */
  companies: CompanyRef[];
  clock: Clock;
};

/**
 * Builds the context from the database on every request, so deactivating a user or removing a grant
 * takes effect at once, whatever the JWT says.
 */
export async function loadContext(
  db: Db, userId: number, clock: Clock, session: { signedInAt?: number; sessionId?: string } = {},
): Promise<Ctx> {
  const [[user], [revokedSession]] = await Promise.all([
    db.select().from(users).where(eq(users.id, userId)),
    session.sessionId
      ? db.select().from(revokedSessions).where(eq(revokedSessions.sessionId, session.sessionId))
      : Promise.resolve([]),
  ]);
  // A password reset revokes every earlier session; signing out revokes just that one.
  const expired = session.signedInAt !== undefined && user?.sessionsValidAfter && session.signedInAt < user.sessionsValidAfter.getTime();
  if (!user || !user.active || expired || revokedSession) throw new ServiceError("UNAUTHENTICATED", "Sua sessão não é mais válida. Entre novamente.");
  const granted = await db
    .select({ id: companies.id, code: companies.code, name: companies.name })
    .from(userCompanies)
    .innerJoin(companies, eq(companies.id, userCompanies.companyId))
    .where(and(eq(userCompanies.userId, userId), eq(companies.active, true)))
    .orderBy(asc(companies.code));
  const first = granted[0];
  if (!first) throw new ServiceError("FORBIDDEN", "Nenhuma empresa está liberada para o seu usuário. Fale com um administrador.");
  const current = granted.find((c) => c.id === user.currentCompanyId) ?? first;
  return {
    db,
    user: { id: user.id, name: user.name, email: user.email, role: user.role },
    companyId: current.id,
    companies: granted,
    clock,
  };
}

export const isAdmin = (ctx: Pick<Ctx, "user">) => ctx.user.role === "admin";

export function requireAdmin(ctx: Pick<Ctx, "user">) {
  if (!isAdmin(ctx)) throw new ServiceError("FORBIDDEN", "Apenas administradores podem fazer isto.");
}

/** Refuses any company the caller was not granted. */
export function assertCompanyAccess(ctx: Pick<Ctx, "companies">, companyId: number) {
  if (!ctx.companies.some((c) => c.id === companyId)) {
    throw new ServiceError("FORBIDDEN", "Você não tem acesso a esta empresa.");
  }
}

export const grantedCompanyIds = (ctx: Pick<Ctx, "companies">) => ctx.companies.map((c) => c.id);
