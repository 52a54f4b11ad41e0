import { and, count, eq } from "drizzle-orm";
import { ctiOperations } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { DEFAULT_CTI_OPERATIONS } from "./default-operations";

/** Creates the user's missing built-in operations; safe to call on every open and from concurrent requests. */
export async function ensureDefaultOperations({ ctx }: { ctx: Ctx }) {
  const [existing] = await ctx.db.select({ n: count() }).from(ctiOperations)
    .where(and(eq(ctiOperations.userId, ctx.user.id), eq(ctiOperations.builtIn, true)));
  if ((existing?.n ?? 0) >= DEFAULT_CTI_OPERATIONS.length) return [];
  const created = await ctx.db.insert(ctiOperations)
    .values(DEFAULT_CTI_OPERATIONS.map((op, position) => ({ ...op, userId: ctx.user.id, builtIn: true, enabled: true, position })))
    .onConflictDoNothing({ target: [ctiOperations.userId, ctiOperations.code] })
    .returning();
  for (const op of created) {
    await recordAudit(ctx, { entity: "cti_operation", entityId: op.id, action: "create", after: op });
  }
  return created;
}
