import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { ClaimedMessage } from "./claim-batch";

/**
 * Gives claimed rows back as if never claimed (the rate limiter had no room, or the send window closed first):
 * previous status, attempt not counted, attempt row removed. With `cancelReason` they are cancelled instead
 * (opt-out found at dispatch). The provider was never called for any of them.
 */
export async function unclaimMessages({ db, now, claims, cancelReason }: {
  db: DbOrTx; now: Date; claims: Pick<ClaimedMessage, "id" | "attemptId" | "previousStatus">[]; cancelReason?: string;
}): Promise<number> {
  if (claims.length === 0) return 0;
  const rows = JSON.stringify(claims.map((c) => ({ id: c.id, attempt_id: c.attemptId, previous_status: c.previousStatus })));
  const status = cancelReason ? sql`'cancelled'` : sql`r.previous_status`;
  const reason = cancelReason ? sql`${cancelReason}` : sql`m.status_reason`;
  const result = await db.execute(sql`
    with r as (
      select * from jsonb_to_recordset(${rows}::jsonb) as r(id bigint, attempt_id bigint, previous_status text)
    ), back as (
      update outbox_messages m set status = ${status}, status_reason = ${reason}, attempts = m.attempts - 1,
        lease_owner = null, lease_expires_at = null, retry_requested_by = a.requested_by, updated_at = ${now.toISOString()}::timestamptz
      from r join outbox_attempts a on a.id = r.attempt_id
      where m.id = r.id and m.status = 'sending'
      returning m.id
    ), dropped as (
      delete from outbox_attempts where id in (select attempt_id from r)
    )
    select count(*)::int as n from back`);
  return Number((result.rows[0] as { n: number } | undefined)?.n ?? 0);
}
