import { ctiAgents } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import type { CtiAgentInput } from "../manager-schemas";
import { getCtiAgent } from "./get-agent";

/** Saves the caller's own login, extension and group (never another user's). */
export async function saveCtiAgent({ ctx, input }: { ctx: Ctx; input: CtiAgentInput }) {
  const before = await getCtiAgent({ ctx });
  const values = { agentLogin: input.agentLogin, extension: input.extension, groupId: input.groupId, updatedAt: ctx.clock.now() };
  const [after] = await ctx.db.insert(ctiAgents).values({ userId: ctx.user.id, ...values })
    .onConflictDoUpdate({ target: ctiAgents.userId, set: values }).returning();
  await recordAudit(ctx, { entity: "cti_agent", entityId: ctx.user.id, action: before ? "update" : "create", before: before ?? undefined, after });
  return after!;
}
