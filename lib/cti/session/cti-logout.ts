import { and, eq, inArray } from "drizzle-orm";
import { ctiSessions } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { invalid, ServiceError } from "@/lib/core/errors";
import type { CtiCommands } from "@/lib/cti/commands";
import { ctiSetting } from "@/lib/cti/settings";
import { getSetting } from "@/lib/settings/get-setting";
import { agentRefOf, endSession, liveSessionOfUser, logUsage } from "./live-session";
import type { CtiLogoutInput } from "./schemas";
import { runLogoutSequence, stepError } from "./steps";

/**
 * Logout = NotReadyPass → LogoffPass → AgentOutOfService. As the seed says, a failing step cancels the logout: the
 * user stays logged in and is told which step failed.
 */
export async function ctiLogout({ ctx, input }: { ctx: Ctx; input: CtiLogoutInput }, commands: CtiCommands) {
  const justification = input.justification?.trim() ?? "";
  const { askLogoutJustification } = await getSetting(ctx.db, ctiSetting);
  if (askLogoutJustification && !justification) throw invalid("justification", "Informe a justificativa do logout.");

  const session = await liveSessionOfUser(ctx.db, ctx.user.id);
  if (!session) throw new ServiceError("CONFLICT", "Você não está logado no CTI.");
  const [claimed] = await ctx.db.update(ctiSessions).set({ status: "logging_out" })
    .where(and(eq(ctiSessions.id, session.id), inArray(ctiSessions.status, ["ready", "paused"])))
    .returning({ id: ctiSessions.id });
  if (!claimed) throw new ServiceError("CONFLICT", "Já há um login ou logout do CTI em andamento. Aguarde e tente novamente.");

  const { failure, notReadyDone } = await runLogoutSequence(commands, agentRefOf(session));
  if (failure) {
    // Once NotReadyPass went through the PBX holds the agent as not ready, so the panel shows a pause to resume from.
    const status = notReadyDone ? "paused" : session.status;
    await ctx.db.update(ctiSessions).set({ status }).where(eq(ctiSessions.id, session.id));
    throw stepError("O logout foi cancelado: falha", failure, " Você continua logado no CTI.");
  }
  const at = ctx.clock.now();
  await endSession(ctx.db, session.id, "logout", at);
  await logUsage(ctx.db, { userId: ctx.user.id, kind: 2, extension: session.extension, at, justification });
  return { sessionId: session.id, status: "ended" as const };
}
