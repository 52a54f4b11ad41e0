import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { Clock } from "@/lib/core/clock";

export const REVIEW_REASON = "Resultado desconhecido: o envio foi interrompido durante a chamada ao provedor. Verifique antes de reenviar.";
export const REQUEUED_REASON = "O envio foi interrompido antes de chamar o provedor; mensagem de volta à fila.";

/**
 * Rows left "sending" by a worker whose lease expired (it crashed or hung). Providers take no idempotency key, so
 * a blind re-send could duplicate: they go to needs_review for an admin, unless their last attempt provably never
 * started (still "not_sent"), then they are queued again. Returns the counts.
 */
export async function recoverExpiredLeases({ db, clock, limit = 1_000 }: { db: DbOrTx; clock: Clock; limit?: number }) {
  const at = clock.now().toISOString();
  const { rows } = await db.execute<{ status: string; n: number }>(sql`
    with expired as (
      select m.id, (select a.outcome from outbox_attempts a where a.message_id = m.id order by a.attempt_no desc, a.id desc limit 1) as last_outcome
      from outbox_messages m
      where m.status = 'sending' and m.lease_expires_at < ${at}::timestamptz
      limit ${limit}::int
      for update of m skip locked
    ), moved as (
      update outbox_messages m
      set status = case when e.last_outcome = 'not_sent' then 'queued' else 'needs_review' end,
        status_reason = case when e.last_outcome = 'not_sent' then ${REQUEUED_REASON} else ${REVIEW_REASON} end,
        lease_expires_at = null, updated_at = ${at}::timestamptz
      from expired e where m.id = e.id
      returning m.id, m.status
    ), closed as (
      update outbox_attempts a set outcome = case when a.outcome = 'not_sent' then 'not_sent' else 'unknown' end,
        finished_at = ${at}::timestamptz, provider_message = 'Processo de envio interrompido'
      where a.message_id in (select id from moved) and a.finished_at is null
    )
    select status, count(*)::int as n from moved group by status`);
  const count = (status: string) => rows.find((r) => r.status === status)?.n ?? 0;
  return { needsReview: count("needs_review"), requeued: count("queued") };
}
