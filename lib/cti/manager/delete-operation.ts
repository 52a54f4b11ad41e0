import { and, eq } from "drizzle-orm";
import { ctiOperations } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { findOwnOperation } from "./find-own-operation";

export async function deleteCtiOperation({ ctx, input }: { ctx: Ctx; input: { id: number } }) {
  const before = await findOwnOperation(ctx, input.id, { customOnly: true });
  await ctx.db.delete(ctiOperations).where(and(eq(ctiOperations.id, input.id), eq(ctiOperations.userId, ctx.user.id)));
  await recordAudit(ctx, { entity: "cti_operation", entityId: input.id, action: "delete", before });
  return { id: input.id };
}
