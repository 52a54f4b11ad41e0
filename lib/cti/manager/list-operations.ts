import { and, asc, eq } from "drizzle-orm";
import { ctiOperations } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { ensureDefaultOperations } from "./ensure-default-operations";

/** The user's operations, built-in first in their fixed order, then custom ones in creation order. */
export async function listCtiOperations({ ctx, input = {} }: { ctx: Ctx; input?: { enabledOnly?: boolean } }) {
  await ensureDefaultOperations({ ctx });
  return ctx.db.select().from(ctiOperations)
    .where(and(eq(ctiOperations.userId, ctx.user.id), input.enabledOnly ? eq(ctiOperations.enabled, true) : undefined))
    .orderBy(asc(ctiOperations.position), asc(ctiOperations.id));
}
