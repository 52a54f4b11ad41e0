import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";

/**
 * Flips attempts from "not_sent" to "unknown" just before their calls start: after a crash, an attempt still
 * "not_sent" provably never reached the provider and its message can be queued again without review.
 */
export async function markInFlight({ db, now, attemptIds }: { db: DbOrTx; now: Date; attemptIds: number[] }) {
  if (attemptIds.length === 0) return;
  await db.execute(sql`
    update outbox_attempts set outcome = 'unknown', started_at = ${now.toISOString()}::timestamptz
    where id in (select jsonb_array_elements_text(${JSON.stringify(attemptIds)}::jsonb)::bigint)`);
}
