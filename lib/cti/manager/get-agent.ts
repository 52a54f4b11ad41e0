import { eq } from "drizzle-orm";
import { ctiAgents } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";

/** The user's Smart CTI identity, or null before it is first saved. */
export async function getCtiAgent({ ctx }: { ctx: Ctx }) {
  const [agent] = await ctx.db.select().from(ctiAgents).where(eq(ctiAgents.userId, ctx.user.id));
  return agent ?? null;
}

/** The client can only log in with login, extension and group all filled. */
export const isAgentComplete = (agent: { agentLogin: string; extension: string; groupId: string } | null) =>
  Boolean(agent?.agentLogin && agent.extension && agent.groupId);
