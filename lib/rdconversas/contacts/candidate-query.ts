import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { ContactFilters } from "../contact-schemas";
import { LIVE_CONTACT_STATUSES } from "./contact-statuses";
import type { ContactSendContext } from "./send-context";

export const sqlList = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);

const escapeLike = (text: string) => text.replace(/[\\%_]/g, "\\$&");

/** Same stored accent- and case-free key as the people list (people_name_trgm_idx serves it). */
export const nameMatches = (name: string) => sql`p.name_key like '%' || f_unaccent(lower(${escapeLike(name)})) || '%'`;

/** Registered on or after the start of that day in São Paulo. */
export const registeredSince = (isoDate: string) => sql`p.created_at >= (${isoDate}::date::timestamp at time zone 'America/Sao_Paulo')`;

/** The screen's filters (name, ERP code, registered since); the company filter is the send context itself. */
export function filterCondition(filters: ContactFilters): SQL {
  const parts: SQL[] = [sql`true`];
  if (filters.name) parts.push(nameMatches(filters.name));
  if (filters.erpCode) parts.push(sql`p.erp_code = ${filters.erpCode}`);
  if (filters.since) parts.push(registeredSince(filters.since));
  return sql.join(parts, sql` and `);
}

/**
 * People PESFP079 offers, with the number the contact goes to: a PRIMARY phone of the company's mobile type, no RD id
 * in the configured field, no live rd.contact row (the contact is corporate: any company's row counts), not opted out
 * of WhatsApp. Columns: person_id, name, name_key, erp_code, document, created_at, e164. `extra` narrows it further.
 */
export function candidateQuery(send: ContactSendContext, filters: ContactFilters, extra: SQL = sql`true`): SQL {
  if (send.phoneType.id === null) return sql`select p.id as person_id, p.name, p.name_key, p.erp_code, p.document, p.created_at, ''::text as e164 from people p where false`;
  const noStoredId = send.fieldId === null ? sql`true`
    : sql`not exists (select 1 from person_additional_values v where v.person_id = p.id and v.field_id = ${send.fieldId})`;
  return sql`
    select p.id as person_id, p.name, p.name_key, p.erp_code, p.document, p.created_at, ph.e164
    from people p
    join person_phones ph on ph.person_id = p.id and ph.is_primary and ph.phone_type_id = ${send.phoneType.id}
    where not p.opt_out_whatsapp
      and ${noStoredId}
      and not exists (select 1 from outbox_messages o
        where o.person_id = p.id and o.kind = 'rd.contact' and o.status in (${sqlList(LIVE_CONTACT_STATUSES)}))
      and ${filterCondition(filters)}
      and ${extra}`;
}
