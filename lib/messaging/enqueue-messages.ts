import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { Clock } from "@/lib/core/clock";

export type NewOutboxMessage = {
  companyId: number;
  accountId: number;
  kind: string;
  /** E.164. */
  recipient: string;
  personId?: number | null;
  payload: Record<string, unknown>;
  producer: string;
  producerRef?: string | null;
  runId?: number | null;
  /** e.g. `reminder:<company>:<title>:<due date>:<message type>`: the same key is never enqueued twice. */
  idempotencyKey: string;
  notBefore?: Date | null;
};

const CHUNK = 5_000;

/**
 * Inserts many messages set-based; a key already in the outbox (or repeated in `messages`) is skipped, so producers
 * can re-run freely. Held rows wait for releaseHeld (the "Envio da fila" process). Returns how many were inserted.
 */
export async function enqueueMessages({ db, clock, messages, hold = false }: {
  db: DbOrTx; clock: Clock; messages: NewOutboxMessage[]; hold?: boolean;
}): Promise<number> {
  const now = clock.now().toISOString();
  let inserted = 0;
  for (let i = 0; i < messages.length; i += CHUNK) {
    const rows = messages.slice(i, i + CHUNK).map((m) => ({
      company_id: m.companyId, account_id: m.accountId, kind: m.kind, recipient: m.recipient, person_id: m.personId ?? null,
      payload: m.payload, producer: m.producer, producer_ref: m.producerRef ?? null, run_id: m.runId ?? null,
      idempotency_key: m.idempotencyKey, not_before: m.notBefore?.toISOString() ?? null,
    }));
    // Queued rows always carry not_before: the dispatcher's claim walks the ready index by it.
    const result = await db.execute(sql`
      insert into outbox_messages (company_id, account_id, kind, recipient, person_id, payload, producer, producer_ref,
        run_id, idempotency_key, status, not_before, created_at, updated_at)
      select r.company_id, r.account_id, r.kind, r.recipient, r.person_id, r.payload, r.producer, r.producer_ref,
        r.run_id, r.idempotency_key, ${hold ? "held" : "queued"},
        ${hold ? sql`r.not_before` : sql`coalesce(r.not_before, ${now}::timestamptz)`}, ${now}::timestamptz, ${now}::timestamptz
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(company_id int, account_id int, kind text, recipient text,
        person_id int, payload jsonb, producer text, producer_ref text, run_id bigint, idempotency_key text, not_before timestamptz)
      on conflict (idempotency_key) do nothing`);
    inserted += result.rowCount ?? 0;
  }
  return inserted;
}
