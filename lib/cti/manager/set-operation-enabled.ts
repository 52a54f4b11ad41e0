import { and, eq } from "drizzle-orm";
import { ctiOperations } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { findOwnOperation } from "./find-own-operation";

/** The one change built-in operations allow; disabled operations leave the CTI client's list. */
export async function setCtiOperationEnabled({ ctx, input }: { ctx: Ctx; input: { id: number; enabled: boolean } }) {
  const before = await findOwnOperation(ctx, input.id);
  const [after] = await ctx.db.update(ctiOperations).set({ enabled: input.enabled })
    .where(and(eq(ctiOperations.id, input.id), eq(ctiOperations.userId, ctx.user.id))).returning();
  await recordAudit(ctx, { entity: "cti_operation", entityId: input.id, action: "update", before, after });
  return after!;
}
