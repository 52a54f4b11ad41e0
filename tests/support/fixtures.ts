import { companies, userCompanies, users } from "../../db/schema";
import type { Db } from "../../db/client";
import { fixedClock } from "../../lib/core/clock";
import { loadContext, type Ctx, type Role } from "../../lib/core/ctx";

let counter = 0;
const unique = (prefix: string) => `${prefix}${process.pid}${Date.now().toString(36)}${++counter}`;

export async function makeCompany(db: Db, name = "Empresa Teste") {
  const [company] = await db.insert(companies).values({ code: unique("C").slice(-12), name }).returning();
  return company!;
}

/** A user with a role and grants; `passwordHash` is a placeholder (tests of sign-in hash their own). */
export async function makeUser(db: Db, role: Role, companyIds: number[], overrides: Partial<typeof users.$inferInsert> = {}) {
  const [user] = await db.insert(users).values({
    email: `${unique("u")}@teste.dev`, name: "Usuária Teste", passwordHash: "x", role, ...overrides,
  }).returning();
  if (companyIds.length) await db.insert(userCompanies).values(companyIds.map((companyId) => ({ userId: user!.id, companyId })));
  return user!;
}

/** A full request context for calling services directly, as the action wrapper would build it. */
export async function makeCtx(db: Db, role: Role = "admin", now = "2026-11-23T12:00:00Z"): Promise<Ctx & { company: { id: number } }> {
  const company = await makeCompany(db);
  const user = await makeUser(db, role, [company.id]);
  const ctx = await loadContext(db, user.id, fixedClock(now));
  return Object.assign(ctx, { company });
}
