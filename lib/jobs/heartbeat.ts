import { desc, eq, lt } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { jobHeartbeats } from "@/db/schema";
import type { Clock } from "@/lib/core/clock";

export const HEARTBEAT_STALE_MS = 2 * 60_000;

export async function beat(db: DbOrTx, worker: { workerId: string; host: string; pid: number; startedAt: Date }, clock: Clock) {
  const now = clock.now();
  await db.insert(jobHeartbeats).values({ ...worker, beatAt: now })
    .onConflictDoUpdate({ target: jobHeartbeats.workerId, set: { beatAt: now } });
  // Sidecars gone for a day are forgotten.
  await db.delete(jobHeartbeats).where(lt(jobHeartbeats.beatAt, new Date(now.getTime() - 86_400_000)));
}

export type SidecarStatus = { alive: boolean; lastBeatAt: Date | null; workers: number };

/** Alive when some sidecar beat within the last two minutes. */
export async function getSidecarStatus(db: DbOrTx, clock: Clock): Promise<SidecarStatus> {
  const rows = await db.select().from(jobHeartbeats).orderBy(desc(jobHeartbeats.beatAt));
  const cutoff = clock.now().getTime() - HEARTBEAT_STALE_MS;
  const fresh = rows.filter((r) => r.beatAt.getTime() >= cutoff);
  return { alive: fresh.length > 0, lastBeatAt: rows[0]?.beatAt ?? null, workers: fresh.length };
}

/** A sidecar that stops cleanly says so at once instead of looking alive for two more minutes. */
export async function retire(db: DbOrTx, workerId: string) {
  await db.delete(jobHeartbeats).where(eq(jobHeartbeats.workerId, workerId));
}
