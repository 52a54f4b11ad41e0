import { eq } from "drizzle-orm";
import { ctiAgents, users } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { ctiSetting } from "@/lib/cti/settings";
import { getSetting } from "@/lib/settings/get-setting";
import { liveSessionOfUser, liveSessionOnExtension } from "./live-session";

export type CtiState = Awaited<ReturnType<typeof getCtiState>>;

/**
 * What the docked client needs on open: the user's agent identity (null ⇒ configure it in /cti/manager), their live
 * session if any, and who else holds their extension so the client can offer to take it over.
 */
export async function getCtiState({ ctx }: { ctx: Ctx }) {
  const [[agent], session, setting] = await Promise.all([
    ctx.db.select().from(ctiAgents).where(eq(ctiAgents.userId, ctx.user.id)),
    liveSessionOfUser(ctx.db, ctx.user.id),
    getSetting(ctx.db, ctiSetting),
  ]);
  let occupiedBy: { userId: number; name: string; since: Date; status: string } | null = null;
  if (agent && session?.extension !== agent.extension) {
    const other = await liveSessionOnExtension(ctx.db, agent.extension);
    if (other && other.userId !== ctx.user.id) {
      const [owner] = await ctx.db.select({ name: users.name }).from(users).where(eq(users.id, other.userId));
      occupiedBy = { userId: other.userId, name: owner?.name ?? "outro usuário", since: other.startedAt, status: other.status };
    }
  }
  return {
    agent: agent ? { agentLogin: agent.agentLogin, extension: agent.extension, groupId: agent.groupId } : null,
    session: session
      ? { id: session.id, extension: session.extension, agentLogin: session.agentLogin, groupId: session.groupId, status: session.status, startedAt: session.startedAt }
      : null,
    occupiedBy,
    askLogoutJustification: setting.askLogoutJustification,
  };
}
