import { and, asc, eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { conflict } from "@/lib/core/errors";

/**
 * Refuses to demote or deactivate the last active admin. The active admins are locked, so two admins
 * demoting each other at the same time cannot leave the organization without one.
 */
export async function assertOtherActiveAdmin(ctx: Pick<Ctx, "db">, userId: number, field: string) {
  const admins = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.active, true)))
    .orderBy(asc(users.id))
    .for("update");
  if (admins.some((a) => a.id !== userId)) return;
  throw conflict(field, "Este é o último administrador ativo: promova outro usuário a administrador antes.");
}
