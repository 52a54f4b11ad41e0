import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { SendResult } from "@/lib/providers/types";
import type { ClaimedMessage } from "./claim-batch";
import type { Outcome } from "./decide-outcome";
import { messageKind } from "./kinds";

/** A call that threw instead of answering: nobody knows whether it reached the provider. */
export type UnknownOutcome = { status: "needs_review"; attemptOutcome: "unknown"; code: string; message: string };

export type SendRecord = { claim: ClaimedMessage; outcome: Outcome | UnknownOutcome; result: SendResult | null; finishedAt: Date };

/**
 * Stores a batch of provider answers in two statements (messages, attempts) plus each sent kind's completion hook,
 * all in the caller's transaction. Only rows still under this worker's lease change status: a row an expired-lease
 * recovery already sent to review stays there, but its attempt still records what the provider said.
 */
export async function recordResults({ db, now, workerId, records }: {
  db: DbOrTx; now: Date; workerId: string; records: SendRecord[];
}): Promise<{ updated: number }> {
  if (records.length === 0) return { updated: 0 };
  const at = now.toISOString();
  const messages = records.map(({ claim, outcome }) => ({
    id: claim.id,
    status: outcome.status,
    provider_id: outcome.status === "sent" ? outcome.providerId : null,
    not_before: outcome.status === "retry_scheduled" ? outcome.notBefore.toISOString() : null,
    code: outcome.status === "sent" ? null : outcome.code,
    message: outcome.status === "sent" ? null : outcome.message,
  }));
  const updated = await db.execute<{ id: string }>(sql`
    update outbox_messages m set status = r.status,
      provider_message_id = coalesce(r.provider_id, m.provider_message_id),
      sent_at = case when r.status = 'sent' then ${at}::timestamptz else m.sent_at end,
      not_before = coalesce(r.not_before, m.not_before),
      last_error_code = coalesce(r.code, m.last_error_code),
      last_error_message = coalesce(r.message, m.last_error_message),
      status_reason = r.message,
      lease_owner = null, lease_expires_at = null, updated_at = ${at}::timestamptz
    from jsonb_to_recordset(${JSON.stringify(messages)}::jsonb)
      as r(id bigint, status text, provider_id text, not_before timestamptz, code text, message text)
    where m.id = r.id and m.status = 'sending' and m.lease_owner = ${workerId}
    returning m.id`);

  const attempts = records.map(({ claim, outcome, result, finishedAt }) => ({
    id: claim.attemptId,
    outcome: outcome.attemptOutcome,
    http_status: result?.httpStatus ?? null,
    code: outcome.status === "sent" ? null : outcome.code,
    message: outcome.status === "sent" ? null : result && !result.ok ? result.message : outcome.message,
    response: result ? (result.raw ?? null) : null,
    finished_at: finishedAt.toISOString(),
  }));
  await db.execute(sql`
    update outbox_attempts a set outcome = r.outcome, http_status = r.http_status, provider_code = r.code,
      provider_message = r.message, response = r.response, finished_at = r.finished_at
    from jsonb_to_recordset(${JSON.stringify(attempts)}::jsonb)
      as r(id bigint, outcome text, http_status int, code text, message text, response jsonb, finished_at timestamptz)
    where a.id = r.id`);

  const changed = new Set(updated.rows.map((r) => Number(r.id)));
  for (const { claim, outcome, result } of records) {
    if (outcome.status !== "sent" || !result?.ok || !changed.has(claim.id)) continue;
    const hook = messageKind(claim.kind).onSent;
    if (hook) await hook(db, claim, result);
  }
  return { updated: changed.size };
}
