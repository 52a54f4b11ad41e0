import { and, eq, ne } from "drizzle-orm";
import { ctiAgents, ctiSessions, users } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { ServiceError, uniqueViolation } from "@/lib/core/errors";
import { formatDateTime } from "@/lib/br/format";
import type { CtiCommands } from "@/lib/cti/commands";
import { agentRefOf, endSession, liveSessionOfUser, liveSessionOnExtension, logUsage, type CtiSession } from "./live-session";
import type { CtiLoginInput } from "./schemas";
import { runLogoutSequence, stepError } from "./steps";

/** The URL the PBX calls back with SmartCTIWSEventing events. */
export function ctiCallbackUrl(): string {
  const base = process.env.APP_BASE_URL;
  if (!base) throw new ServiceError("PROVIDER_UNAVAILABLE", "APP_BASE_URL não está configurada no servidor: o Smart CTI não teria para onde enviar os eventos.");
  return `${base.replace(/\/+$/, "")}/api/cti/soap`;
}

/**
 * Login = AgentInService(callback) → LogonPass → ReadyPass. A failure undoes what succeeded, in reverse, so the
 * extension is never left half logged in; provider calls run outside any transaction (the action opts out).
 */
export async function ctiLogin({ ctx, input }: { ctx: Ctx; input: CtiLoginInput }, commands: CtiCommands) {
  const [agent] = await ctx.db.select().from(ctiAgents).where(eq(ctiAgents.userId, ctx.user.id));
  if (!agent) {
    throw new ServiceError("INVALID", "Configure seu login, ramal e grupo no Gerenciador CTI antes de entrar.", {}, "/cti/manager");
  }
  const own = await liveSessionOfUser(ctx.db, ctx.user.id);
  if (own) throw new ServiceError("CONFLICT", `Você já tem uma sessão do CTI no ramal ${own.extension}.`);
  const callbackUrl = ctiCallbackUrl();

  const other = await liveSessionOnExtension(ctx.db, agent.extension);
  if (other) {
    const [owner] = await ctx.db.select({ name: users.name }).from(users).where(eq(users.id, other.userId));
    const who = owner?.name ?? "outro usuário";
    if (!input.takeOver) {
      throw new ServiceError("CONFLICT", `O ramal ${agent.extension} está em uso por ${who} desde ${formatDateTime(other.startedAt)}. Deseja assumi-lo?`, { takeOver: [`Ramal em uso por ${who}.`] });
    }
    await takeOver(ctx, other, commands);
  }

  const now = ctx.clock.now();
  let session: CtiSession;
  try {
    [session] = (await ctx.db.insert(ctiSessions).values({
      userId: ctx.user.id, extension: agent.extension, agentLogin: agent.agentLogin, groupId: agent.groupId,
      status: "logging_in", startedAt: now, lastSeenAt: now,
    }).returning()) as [CtiSession];
  } catch (error) {
    if (uniqueViolation(error) === "cti_sessions_live_extension_key") {
      throw new ServiceError("CONFLICT", `O ramal ${agent.extension} acabou de ser ocupado por outra sessão. Tente novamente.`);
    }
    throw error;
  }

  const ref = { ...agentRefOf(session), password: input.password };
  const inService = await commands.agentInService({ device: ref.device, callbackUrl });
  let failure = inService.ok ? null : inService;
  let loggedOn = false;
  if (!failure) {
    const logon = await commands.logonPass(ref);
    loggedOn = logon.ok;
    failure = logon.ok ? null : logon;
  }
  if (!failure) {
    const ready = await commands.readyPass(ref);
    failure = ready.ok ? null : ready;
  }
  if (failure) {
    // Undo in reverse; an undo failure cannot be helped here, the PBX message is already the one to show.
    if (loggedOn) await commands.logoffPass(ref);
    if (inService.ok) await commands.agentOutOfService({ device: ref.device });
    await endSession(ctx.db, session.id, "login_failed", ctx.clock.now());
    throw stepError("O login no CTI falhou", failure);
  }

  await ctx.db.update(ctiSessions).set({ status: "ready" }).where(eq(ctiSessions.id, session.id));
  await logUsage(ctx.db, { userId: ctx.user.id, kind: 1, extension: session.extension, at: ctx.clock.now() });
  return { sessionId: session.id, extension: session.extension, groupId: session.groupId, status: "ready" as const };
}

/** Logs the other user's session out (best effort: the new login proves the extension works) and ends it. */
async function takeOver(ctx: Ctx, other: CtiSession, commands: CtiCommands) {
  const [claimed] = await ctx.db.update(ctiSessions).set({ status: "logging_out" })
    .where(and(eq(ctiSessions.id, other.id), ne(ctiSessions.status, "ended"), ne(ctiSessions.status, "logging_out")))
    .returning({ id: ctiSessions.id });
  if (!claimed) throw new ServiceError("CONFLICT", `A sessão no ramal ${other.extension} está sendo encerrada. Tente novamente em instantes.`);
  await runLogoutSequence(commands, agentRefOf(other), { bestEffort: true });
  const at = ctx.clock.now();
  await endSession(ctx.db, other.id, "takeover", at);
  await logUsage(ctx.db, { userId: other.userId, kind: 2, extension: other.extension, at, automatic: true });
}
