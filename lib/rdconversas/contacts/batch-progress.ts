import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { rdContactBatches } from "@/db/schema";
import { sqlList } from "./candidate-query";
import { PENDING_STATUSES } from "./contact-statuses";

export type ContactBatchProgress = { total: number; sent: number; failed: number; review: number; cancelled: number; pending: number };

const counts = (batchIds: SQL) => sql`
  select i.batch_id::int as batch_id,
    count(*)::int as total,
    count(*) filter (where o.status in ('sent', 'delivered', 'read'))::int as sent,
    count(*) filter (where o.status = 'failed')::int as failed,
    count(*) filter (where o.status = 'needs_review')::int as review,
    count(*) filter (where o.status = 'cancelled')::int as cancelled,
    count(*) filter (where o.status in (${sqlList(PENDING_STATUSES)}))::int as pending
  from rd_contact_batch_items i join outbox_messages o on o.id = i.message_id
  where i.batch_id in (${batchIds})
  group by i.batch_id`;

const EMPTY: ContactBatchProgress = { total: 0, sent: 0, failed: 0, review: 0, cancelled: 0, pending: 0 };

/**
 * Progress of batches computed from their outbox rows (the only truth), and a running batch with nothing pending is
 * marked finished here, when it is read: no process has to watch batches.
 */
export async function batchProgress(db: DbOrTx, batchIds: number[], now: Date): Promise<Map<number, ContactBatchProgress>> {
  const result = new Map<number, ContactBatchProgress>();
  if (!batchIds.length) return result;
  const rows = await db.execute<ContactBatchProgress & { batch_id: number }>(counts(sql.join(batchIds.map((id) => sql`${id}`), sql`, `)));
  for (const { batch_id, ...progress } of rows.rows) result.set(batch_id, progress);
  const done = batchIds.filter((id) => (result.get(id) ?? EMPTY).pending === 0);
  if (done.length) {
    await db.execute(sql`update ${rdContactBatches} set status = 'finished', finished_at = ${now.toISOString()}::timestamptz
      where id in (${sql.join(done.map((id) => sql`${id}`), sql`, `)}) and status = 'running'`);
  }
  for (const id of batchIds) if (!result.has(id)) result.set(id, EMPTY);
  return result;
}
