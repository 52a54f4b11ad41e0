import { sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import type { SendResult } from "@/lib/providers/types";
import type { ClaimedMessage } from "./claim-batch";
import type { Outcome } from "./decide-outcome";
import { messageKind } from "./kinds";

/** A call that threw instead of answering: nobody knows whether it reached the provider. */
export type UnknownOutcome = { status: "needs_review"; attemptOutcome: "unknown"; code: string; message: string };

export type SendRecord = { claim: ClaimedMessage; outcome: Outcome | UnknownOutcome; result: SendResult | null; finishedAt: Date };

/** Messages and their attempts in one statement; returns the messages still under this worker's lease. */
async function storeOutcomes(db: DbOrTx, now: Date, workerId: string, records: SendRecord[]) {
  const at = now.toISOString();
  const rows = records.map(({ claim, outcome, result, finishedAt }) => {
    const failure = outcome.status === "sent" ? null : outcome;
    return {
      id: claim.id,
      attempt_id: claim.attemptId,
      status: outcome.status,
      provider_id: outcome.status === "sent" ? outcome.providerId : null,
      not_before: outcome.status === "retry_scheduled" ? outcome.notBefore.toISOString() : null,
      code: failure?.code ?? null,
      message: failure?.message ?? null,
      outcome: outcome.attemptOutcome,
      http_status: result?.httpStatus ?? null,
      provider_message: result && !result.ok ? result.message : failure?.message ?? null,
      response: result?.raw ?? null,
      finished_at: finishedAt.toISOString(),
    };
  });
  const { rows: updated } = await db.execute<{ id: string }>(sql`
    with r as (
      select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(id bigint, attempt_id bigint, status text,
        provider_id text, not_before timestamptz, code text, message text, outcome text, http_status int,
        provider_message text, response jsonb, finished_at timestamptz)
    ), attempts as (
      update outbox_attempts a set outcome = r.outcome, http_status = r.http_status, provider_code = r.code,
        provider_message = r.provider_message, response = r.response, finished_at = r.finished_at
      from r where a.id = r.attempt_id
    )
    update outbox_messages m set status = r.status,
      provider_message_id = coalesce(r.provider_id, m.provider_message_id),
      sent_at = case when r.status = 'sent' then ${at}::timestamptz else m.sent_at end,
      not_before = coalesce(r.not_before, m.not_before),
      last_error_code = coalesce(r.code, m.last_error_code),
      last_error_message = coalesce(r.message, m.last_error_message),
      status_reason = r.message,
      lease_owner = null, lease_expires_at = null, updated_at = ${at}::timestamptz
    from r where m.id = r.id and m.status = 'sending' and m.lease_owner = ${workerId}
    returning m.id`);
  return new Set(updated.map((r) => Number(r.id)));
}

/**
 * Stores a chunk of provider answers — every attempt with what the provider said, every message's new status — and
 * runs each sent kind's completion hook in the same transaction. Only rows still under this worker's lease change
 * status: a row an expired-lease recovery already sent to review stays there, but its attempt records the answer.
 */
export async function recordResults({ db, now, workerId, records }: {
  db: Db; now: Date; workerId: string; records: SendRecord[];
}): Promise<{ updated: number }> {
  if (records.length === 0) return { updated: 0 };
  const hooked = records.filter((r) => r.outcome.status === "sent" && r.result?.ok && messageKind(r.claim.kind).onSent);
  // Without completion hooks the single statement is its own transaction.
  if (hooked.length === 0) return { updated: (await storeOutcomes(db, now, workerId, records)).size };
  return db.transaction(async (tx) => {
    const changed = await storeOutcomes(tx, now, workerId, records);
    for (const { claim, result } of hooked) {
      if (changed.has(claim.id) && result?.ok) await messageKind(claim.kind).onSent!(tx, claim, result);
    }
    return { updated: changed.size };
  });
}
