import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { Clock } from "@/lib/core/clock";
import type { DueDateWindow } from "./business-days";
import { dueVariablesSql } from "./due-fields-sql";
import { DUE_BOLETO, DUE_CARNE } from "./message-types";

export type DueMessageType = typeof DUE_BOLETO | typeof DUE_CARNE;

/** Which receivables a due message is about: open boletos, and carnês in the customer's PIX wallet ("Em andamento"). */
export const DUE_SELECTION: Record<DueMessageType, { paymentMethod: "boleto" | "carne_pix"; status: "open" | "in_progress" }> = {
  [DUE_BOLETO]: { paymentMethod: "boleto", status: "open" },
  [DUE_CARNE]: { paymentMethod: "carne_pix", status: "in_progress" },
};

export const PROCESS_103_PRODUCER = "process:103";

export type DueNoticeCounts = {
  found: number;
  queued: number;
  noPhone: number;
  optedOut: number;
  /** The idempotency key was already in the outbox: sent (or queued) by an earlier run. */
  alreadySent: number;
  /** Found while the company has no usable message of this type. */
  withoutMessage: number;
};

export type DueNoticeInput = {
  db: DbOrTx;
  clock: Clock;
  runId: number | null;
  accountId: number;
  company: { id: number; name: string };
  mobilePhoneTypeCode: string;
  window: DueDateWindow;
  type: DueMessageType;
  /** The company's active message of this type with a valid field list, or null (everything found is skipped). */
  message: { templateId: string; chipId: string; fields: readonly string[] } | null;
};

/**
 * One statement per company and type: selects the receivables due in the window, counts why some cannot be sent (no
 * primary mobile phone, WhatsApp opt-out) and inserts the rest into the outbox, a key already present being skipped,
 * so re-running the same day queues nothing new.
 */
export async function enqueueDueNotices(input: DueNoticeInput): Promise<DueNoticeCounts> {
  const { db, clock, runId, accountId, company, mobilePhoneTypeCode, window, type, message } = input;
  const { paymentMethod, status } = DUE_SELECTION[type];
  const now = clock.now().toISOString();
  const candidates = sql`
    select r.id, r.due_date, r.amount_cents, r.document_number, r.digitable_line, r.pix_code, r.person_id,
      p.name as person_name, p.document as person_document, p.erp_code as person_erp_code, p.opt_out_whatsapp,
      ph.e164, ${company.name}::text as company_name,
      'rd-due:' || ${company.id}::int || ':' || r.id || ':' || to_char(r.due_date, 'YYYY-MM-DD') || ':' || ${type}::text as idempotency_key
    from receivables r
    join people p on p.id = r.person_id
    left join person_phones ph on ph.person_id = r.person_id and ph.is_primary
      and ph.phone_type_id = (select t.id from phone_types t where t.code = ${mobilePhoneTypeCode})
    where r.company_id = ${company.id} and r.due_date between ${window.from}::date and ${window.to}::date
      and r.payment_method = ${paymentMethod} and r.status = ${status}`;
  const queued = message
    ? sql`
      insert into outbox_messages (company_id, account_id, kind, recipient, person_id, payload, producer, producer_ref, run_id,
        idempotency_key, status, not_before, created_at, updated_at)
      select ${company.id}, ${accountId}, 'rd.template', d.e164, d.person_id,
        jsonb_build_object('templateId', ${message.templateId}::text, 'channelId', ${message.chipId}::text,
          'variables', ${dueVariablesSql(message.fields)}),
        ${PROCESS_103_PRODUCER}, d.id::text, ${runId}::bigint,
        d.idempotency_key, 'queued', ${now}::timestamptz, ${now}::timestamptz, ${now}::timestamptz
      from d where d.e164 is not null and not d.opt_out_whatsapp
        -- Looking first spares building the variables of rows already queued; ON CONFLICT still guards concurrent runs.
        and not exists (select 1 from outbox_messages o where o.idempotency_key = d.idempotency_key)
      on conflict (idempotency_key) do nothing
      returning 1`
    : sql`select 1 where false`;
  const { rows } = await db.execute<{ found: number; no_phone: number; opted_out: number; queued: number }>(sql`
    with d as materialized (${candidates}), queued as (${queued})
    select count(*)::int as found,
      count(*) filter (where d.e164 is null)::int as no_phone,
      count(*) filter (where d.e164 is not null and d.opt_out_whatsapp)::int as opted_out,
      (select count(*)::int from queued) as queued
    from d`);
  const row = rows[0]!;
  const sendable = row.found - row.no_phone - row.opted_out;
  return {
    found: row.found,
    queued: row.queued,
    noPhone: message ? row.no_phone : 0,
    optedOut: message ? row.opted_out : 0,
    alreadySent: message ? sendable - row.queued : 0,
    withoutMessage: message ? 0 : row.found,
  };
}
