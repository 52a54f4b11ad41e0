import { and, asc, eq, gt, gte, max } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { ctiEvents, ctiSessions } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { ServiceError } from "@/lib/core/errors";
import { liveSessionOfUser } from "@/lib/cti/session/live-session";
import type { ListenHub } from "./listen-hub";

export const CTI_POLL_WAIT_MS = 25_000;
const PAGE = 100;

export type CtiEventOut = { seq: number; type: string; callId: string | null; payload: unknown; receivedAt: Date };

/** Events of the extension after `after`, never older than the session (a taken-over extension's past stays private). */
export async function readCtiEvents(db: DbOrTx, extension: string, after: number, since: Date): Promise<CtiEventOut[]> {
  return db.select({ seq: ctiEvents.seq, type: ctiEvents.type, callId: ctiEvents.callId, payload: ctiEvents.payload, receivedAt: ctiEvents.receivedAt })
    .from(ctiEvents)
    .where(and(eq(ctiEvents.extension, extension), gt(ctiEvents.seq, after), gte(ctiEvents.receivedAt, since)))
    .orderBy(asc(ctiEvents.seq))
    .limit(PAGE);
}

/**
 * The long-poll: marks the browser as alive; `after` -1 answers at once with the newest sequence (a new tab starts
 * there); otherwise answers at once when events after `after` exist, or waits on the
 * shared LISTEN hub (holding no database connection) up to `waitMs` or until the request is aborted, then reads again.
 */
export async function pollCtiEvents(
  { ctx, input }: { ctx: Ctx; input: { after: number } },
  { hub, signal, waitMs = CTI_POLL_WAIT_MS }: { hub: ListenHub; signal?: AbortSignal; waitMs?: number },
): Promise<{ events: CtiEventOut[]; last: number; status: string }> {
  const session = await liveSessionOfUser(ctx.db, ctx.user.id);
  if (!session) throw new ServiceError("CONFLICT", "Você não está logado no CTI.");
  await ctx.db.update(ctiSessions).set({ lastSeenAt: ctx.clock.now() }).where(eq(ctiSessions.id, session.id));
  if (input.after < 0) {
    const [newest] = await ctx.db.select({ seq: max(ctiEvents.seq) }).from(ctiEvents)
      .where(and(eq(ctiEvents.extension, session.extension), gte(ctiEvents.receivedAt, session.startedAt)));
    return { events: [], last: Number(newest?.seq ?? 0), status: session.status };
  }
  await hub.ready();
  const subscription = hub.subscribe(session.extension, waitMs, signal);
  let events = await readCtiEvents(ctx.db, session.extension, input.after, session.startedAt);
  if (events.length) subscription.cancel();
  else if ((await subscription.settled) !== "aborted") {
    events = await readCtiEvents(ctx.db, session.extension, input.after, session.startedAt);
  }
  return { events, last: events.at(-1)?.seq ?? input.after, status: session.status };
}
