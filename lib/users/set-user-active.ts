import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import { requireAdmin, type Ctx } from "@/lib/core/ctx";
import { invalid, notFound } from "@/lib/core/errors";
import { assertManageableUser } from "./assert-manageable-user";
import { assertOtherActiveAdmin } from "./assert-other-active-admin";
import type { SetUserActiveInput } from "./schemas";

/** A deactivated user is refused on their next request (the request context reads the database). */
export async function setUserActive({ ctx, input }: { ctx: Ctx; input: SetUserActiveInput }) {
  requireAdmin(ctx);
  const [before] = await ctx.db.select().from(users).where(eq(users.id, input.id));
  if (!before) throw notFound("Usuário");
  await assertManageableUser(ctx, before.id);
  if (before.active === input.active) return { id: before.id, active: before.active };
  if (!input.active) {
    if (before.id === ctx.user.id) throw invalid("active", "Você não pode desativar o seu próprio usuário.");
    if (before.role === "admin") await assertOtherActiveAdmin(ctx, before.id, "active");
  }
  await ctx.db.update(users).set({ active: input.active }).where(eq(users.id, before.id));
  await recordAudit(ctx, {
    entity: "user", entityId: before.id, action: input.active ? "reactivate" : "deactivate",
    before: { active: before.active }, after: { active: input.active },
  });
  return { id: before.id, active: input.active };
}
