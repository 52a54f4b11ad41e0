import { and, eq } from "drizzle-orm";
import { ctiOperations } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { notFound, ServiceError } from "@/lib/core/errors";

/** Another user's operation answers NOT_FOUND, so ids do not reveal what others configured. */
export async function findOwnOperation(ctx: Ctx, id: number, { customOnly = false } = {}) {
  const [op] = await ctx.db.select().from(ctiOperations)
    .where(and(eq(ctiOperations.id, id), eq(ctiOperations.userId, ctx.user.id)));
  if (!op) throw notFound("Operação");
  if (customOnly && op.builtIn) {
    throw new ServiceError("CONFLICT", `"${op.name}" é uma operação padrão: ela não pode ser editada nem excluída, apenas ativada ou desativada.`);
  }
  return op;
}
