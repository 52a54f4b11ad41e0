import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { messageKind, type OutboxRow } from "./kinds";
import { quietPeriodEnd, quietReason, type QuietHours } from "./quiet-hours";
import { unclaimMessages } from "./unclaim-messages";

export type ClaimedAccount = {
  id: number; provider: "rdconversas"; baseUrl: string; credentials: Record<string, unknown>;
  limitPerSecond: number | null; limitPerDay: number | null;
};

export type ClaimedMessage = OutboxRow & {
  attemptId: number;
  previousStatus: "queued" | "retry_scheduled";
  account: ClaimedAccount;
};

type ClaimRow = {
  id: string; company_id: number; account_id: number; kind: string; recipient: string; person_id: number | null;
  payload: Record<string, unknown>; producer: string; producer_ref: string | null; attempts: number; previous_status: string;
  attempt_id: string; provider: "rdconversas"; base_url: string; credentials: Record<string, unknown>;
  limit_per_second: number | null; limit_per_day: number | null;
  opt_out_whatsapp: boolean | null; opt_out_sms: boolean | null; opt_out_email: boolean | null;
};

export const OPT_OUT_REASON = "Pessoa optou por não receber";

/** True when the person opted out of the channel this message's kind uses (an unknown kind fails later, at send). */
function optedOut(row: ClaimRow): boolean {
  let channel: string;
  try {
    channel = messageKind(row.kind).channel;
  } catch {
    return false;
  }
  return Boolean(channel === "whatsapp" ? row.opt_out_whatsapp : channel === "sms" ? row.opt_out_sms : row.opt_out_email);
}

/** During quiet hours nothing is claimed: ready rows move their not_before to the end of the period, with the reason. */
async function deferForQuietHours(db: DbOrTx, now: Date, limit: number, until: Date, reason: string) {
  const result = await db.execute(sql`
    update outbox_messages m set not_before = ${until.toISOString()}::timestamptz, status_reason = ${reason},
      updated_at = ${now.toISOString()}::timestamptz
    where m.id in (
      select id from outbox_messages where status in ('queued', 'retry_scheduled') and not_before <= ${now.toISOString()}::timestamptz
      limit ${limit} for update skip locked)`);
  return result.rowCount ?? 0;
}

/**
 * One statement claims up to `limit` ready rows of active accounts (at most each account's per-batch limit),
 * skipping rows other workers hold, marks them sending under this worker's lease, counts the attempt and opens its
 * attempt row (outcome "not_sent" until the call starts). Opted-out people's messages are cancelled here.
 */
export async function claimBatch({ db, now, workerId, limit, leaseMs, quiet }: {
  db: DbOrTx; now: Date; workerId: string; limit: number; leaseMs: number; quiet: QuietHours;
}): Promise<{ claims: ClaimedMessage[]; deferred: number; cancelled: number }> {
  const quietUntil = quietPeriodEnd(now, quiet);
  if (quietUntil) return { claims: [], deferred: await deferForQuietHours(db, now, limit, quietUntil, quietReason(quiet)), cancelled: 0 };

  const at = now.toISOString();
  const { rows } = await db.execute<ClaimRow>(sql`
    with accounts as (
      select id, provider, base_url, credentials, limit_per_second, limit_per_day, least(coalesce(limit_per_batch, ${limit}::int), ${limit}::int) as cap
      from provider_accounts where active
    ), picked as (
      select c.id, c.status, c.retry_requested_by from accounts a cross join lateral (
        select m.id, m.status, m.retry_requested_by from outbox_messages m
        where m.account_id = a.id and m.status in ('queued', 'retry_scheduled') and m.not_before <= ${at}::timestamptz
        order by m.not_before, m.id
        limit a.cap
        for update of m skip locked
      ) c
      limit ${limit}::int
    ), claimed as (
      update outbox_messages m set status = 'sending', lease_owner = ${workerId},
        lease_expires_at = ${new Date(now.getTime() + leaseMs).toISOString()}::timestamptz,
        attempts = m.attempts + 1, retry_requested_by = null, updated_at = ${at}::timestamptz
      from picked where m.id = picked.id
      returning m.id, m.company_id, m.account_id, m.kind, m.recipient, m.person_id, m.payload, m.producer, m.producer_ref,
        m.attempts, picked.status as previous_status, picked.retry_requested_by as requested_by_before
    ), opened as (
      insert into outbox_attempts (message_id, attempt_no, worker, started_at, outcome, requested_by)
      select c.id, c.attempts, ${workerId}, ${at}::timestamptz, 'not_sent', c.requested_by_before from claimed c
      returning id, message_id
    )
    select c.*, o.id as attempt_id, a.provider, a.base_url, a.credentials, a.limit_per_second, a.limit_per_day,
      p.opt_out_whatsapp, p.opt_out_sms, p.opt_out_email
    from claimed c
    join opened o on o.message_id = c.id
    join accounts a on a.id = c.account_id
    left join people p on p.id = c.person_id
    order by c.id`);

  const claims: ClaimedMessage[] = [];
  const optedOutClaims: ClaimedMessage[] = [];
  for (const row of rows) {
    const claim: ClaimedMessage = {
      id: Number(row.id), companyId: row.company_id, accountId: row.account_id, kind: row.kind, recipient: row.recipient,
      personId: row.person_id, payload: row.payload, producer: row.producer, producerRef: row.producer_ref, attempts: row.attempts,
      attemptId: Number(row.attempt_id), previousStatus: row.previous_status as ClaimedMessage["previousStatus"],
      account: {
        id: row.account_id, provider: row.provider, baseUrl: row.base_url, credentials: row.credentials,
        limitPerSecond: row.limit_per_second, limitPerDay: row.limit_per_day,
      },
    };
    (optedOut(row) ? optedOutClaims : claims).push(claim);
  }
  if (optedOutClaims.length) await unclaimMessages({ db, now, claims: optedOutClaims, cancelReason: OPT_OUT_REASON });
  return { claims, deferred: 0, cancelled: optedOutClaims.length };
}
