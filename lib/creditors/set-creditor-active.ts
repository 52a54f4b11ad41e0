import { eq } from "drizzle-orm";
import { creditors } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import { requireAdmin, type Ctx } from "@/lib/core/ctx";
import { findCompanyCreditor } from "./find-company-creditor";

/** Inactive creditors stay on past records but are no longer offered for new ones. */
export async function setCreditorActive({ ctx, input }: { ctx: Ctx; input: { id: number; active: boolean } }) {
  requireAdmin(ctx);
  const before = await findCompanyCreditor(ctx, input.id);
  if (before.active === input.active) return before;
  const [after] = await ctx.db.update(creditors).set({ active: input.active }).where(eq(creditors.id, before.id)).returning();
  await recordAudit(ctx, {
    entity: "creditor", entityId: before.id, action: input.active ? "activate" : "deactivate", companyId: ctx.companyId,
    before: { active: before.active }, after: { active: input.active },
  });
  return after!;
}
