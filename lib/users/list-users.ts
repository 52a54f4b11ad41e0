import { asc, eq } from "drizzle-orm";
import { companies, userCompanies, users } from "@/db/schema";
import { requireAdmin, type Ctx } from "@/lib/core/ctx";

export type UserRow = {
  id: number; name: string; email: string; role: "admin" | "operator"; active: boolean;
  companies: { id: number; code: string }[];
  /** The caller holds every company of this user, so may edit it (see assertManageableUser). */
  manageable: boolean;
};

/** Users sharing a company with the caller (or with no company yet), each with the codes of its companies. */
export async function listUsers({ ctx }: { ctx: Ctx }): Promise<UserRow[]> {
  requireAdmin(ctx);
  const rows = await ctx.db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, active: users.active })
    .from(users)
    .orderBy(asc(users.name), asc(users.id));
  const grants = await ctx.db
    .select({ userId: userCompanies.userId, id: companies.id, code: companies.code })
    .from(userCompanies)
    .innerJoin(companies, eq(companies.id, userCompanies.companyId))
    .orderBy(asc(companies.code));
  const byUser = new Map<number, { id: number; code: string }[]>();
  for (const g of grants) {
    const list = byUser.get(g.userId) ?? [];
    list.push({ id: g.id, code: g.code });
    byUser.set(g.userId, list);
  }
  const mine = new Set((byUser.get(ctx.user.id) ?? []).map((c) => c.id));
  return rows.flatMap((u) => {
    const granted = byUser.get(u.id) ?? [];
    const shared = granted.filter((c) => mine.has(c.id)).length;
    if (granted.length > 0 && shared === 0) return [];
    return [{ ...u, companies: granted, manageable: shared === granted.length }];
  });
}
