import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { Clock } from "@/lib/core/clock";

/** Past windows are never read again: per-second rows older than a minute and per-day rows older than two days go. */
export async function pruneRateUsage({ db, clock }: { db: DbOrTx; clock: Clock }) {
  const now = clock.now().getTime();
  await db.execute(sql`
    delete from rate_limit_usage
    where ("window" = 'second' and window_start < ${new Date(now - 60_000).toISOString()}::timestamptz)
       or ("window" = 'day' and window_start < ${new Date(now - 2 * 86_400_000).toISOString()}::timestamptz)`);
}
