import type { DbOrTx } from "@/db/client";
import { revokedSessions } from "@/db/schema";
import type { Clock } from "@/lib/core/clock";

/**
 * JWT sessions cannot be deleted, so signing out records the session id: it is refused from then on, even if a
 * request that was in flight re-sends its cookie. Other devices of the same user stay signed in.
 */
export async function revokeSession(db: DbOrTx, userId: number, sessionId: string, clock: Clock) {
  if (!sessionId) return;
  await db.insert(revokedSessions).values({ sessionId, userId, revokedAt: clock.now() }).onConflictDoNothing();
}
