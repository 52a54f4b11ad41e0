import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import { requireAdmin, type Ctx } from "@/lib/core/ctx";
import { notFound } from "@/lib/core/errors";
import { hashPassword } from "@/lib/core/password";
import { assertManageableUser } from "./assert-manageable-user";
import type { ResetPasswordInput } from "./schemas";

/** The admin types the new password; the audit entry records that it changed, never the value. */
export async function resetPassword({ ctx, input }: { ctx: Ctx; input: ResetPasswordInput }) {
  requireAdmin(ctx);
  const [target] = await ctx.db.select({ id: users.id }).from(users).where(eq(users.id, input.id));
  if (!target) throw notFound("Usuário");
  await assertManageableUser(ctx, target.id);
  const passwordHash = await hashPassword(input.password);
  // Every session signed in with the old password ends.
  await ctx.db.update(users).set({ passwordHash, sessionsValidAfter: ctx.clock.now() }).where(eq(users.id, target.id));
  await recordAudit(ctx, { entity: "user", entityId: target.id, action: "reset_password" });
  return { id: target.id };
}
