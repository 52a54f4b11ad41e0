import { and, eq, lt, ne } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { ctiSessions } from "@/db/schema";
import type { Clock } from "@/lib/core/clock";
import type { CtiCommands } from "@/lib/cti/commands";
import { agentRefOf, endSession, logUsage } from "./live-session";
import { runLogoutSequence } from "./steps";

/** A browser that has not polled for this long is gone: its session is logged out. */
export const CTI_IDLE_MS = 2 * 60_000;

/**
 * Logs out sessions whose browser stopped long-polling (best effort: a failing step is logged, the session still
 * ends "idle") and records an automatic logout in the usage log. Run by the jobs sidecar every few seconds.
 */
export async function endIdleCtiSessions({ db, clock, commands }: { db: DbOrTx; clock: Clock; commands: CtiCommands }) {
  const cutoff = new Date(clock.now().getTime() - CTI_IDLE_MS);
  const idle = await db.select().from(ctiSessions)
    .where(and(ne(ctiSessions.status, "ended"), lt(ctiSessions.lastSeenAt, cutoff)));
  let ended = 0;
  for (const session of idle) {
    // Claiming moves last_seen_at forward so an overlapping run (or a second worker) skips this session.
    const [claimed] = await db.update(ctiSessions).set({ status: "logging_out", lastSeenAt: clock.now() })
      .where(and(eq(ctiSessions.id, session.id), ne(ctiSessions.status, "ended"), lt(ctiSessions.lastSeenAt, cutoff)))
      .returning({ id: ctiSessions.id });
    if (!claimed) continue;
    await runLogoutSequence(commands, agentRefOf(session), { bestEffort: true });
    const at = clock.now();
    await endSession(db, session.id, "idle", at);
    await logUsage(db, { userId: session.userId, kind: 2, extension: session.extension, at, automatic: true });
    ended++;
  }
  return { ended };
}
