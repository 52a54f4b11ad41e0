import { and, eq } from "drizzle-orm";
import { ctiSessions } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { ServiceError } from "@/lib/core/errors";
import type { CtiCommands } from "@/lib/cti/commands";
import { agentRefOf, liveSessionOfUser } from "./live-session";
import { stepError } from "./steps";

/** Pause (NotReadyPass, ready → paused) or resume (ReadyPass, paused → ready) the user's live session. */
export async function changeReadiness(ctx: Ctx, commands: CtiCommands, to: "paused" | "ready") {
  const from = to === "paused" ? "ready" : "paused";
  const session = await liveSessionOfUser(ctx.db, ctx.user.id);
  if (!session) throw new ServiceError("CONFLICT", "Você não está logado no CTI.");
  if (session.status === to) return { sessionId: session.id, status: to };
  if (session.status !== from) throw new ServiceError("CONFLICT", "Já há um login ou logout do CTI em andamento. Aguarde e tente novamente.");
  const result = to === "paused" ? await commands.notReadyPass(agentRefOf(session)) : await commands.readyPass(agentRefOf(session));
  if (!result.ok) throw stepError(to === "paused" ? "Não foi possível pausar" : "Não foi possível retomar", result);
  await ctx.db.update(ctiSessions).set({ status: to })
    .where(and(eq(ctiSessions.id, session.id), eq(ctiSessions.status, from)));
  return { sessionId: session.id, status: to };
}
