import "server-only";
import { sql } from "drizzle-orm";
import type { OutboxStatus } from "@/db/schema/messaging";
import { formatPhone } from "@/lib/br/phone";
import { formatDate, formatIsoDate } from "@/lib/br/format";
import type { Ctx } from "@/lib/core/ctx";
import { notFound } from "@/lib/core/errors";
import { STATUS_LABELS } from "@/lib/messaging/labels";
import type { ContactFilters } from "../contact-schemas";
import { nameMatches, registeredSince, sqlList } from "./candidate-query";
import { LIVE_CONTACT_STATUSES } from "./contact-statuses";
import { resolveContactCompany } from "./resolve-company";
import { contactSendContext, type ContactSendContext } from "./send-context";

type PersonFacts = {
  id: number; name: string; document: string | null; erp_code: string | null; created_at: string; opt_out_whatsapp: boolean;
  stored_id: string | null; live_status: OutboxStatus | null; live_recipient: string | null;
  has_type: boolean; has_primary_type: boolean; name_ok: boolean; erp_ok: boolean; since_ok: boolean;
};

const DELIVERED: readonly OutboxStatus[] = ["sent", "delivered", "read"];

/** Every reason, in Portuguese, why PESFP079 does not list this person with these filters; none when it does. */
export function absenceReasons(facts: PersonFacts, send: ContactSendContext, filters: ContactFilters): string[] {
  const reasons: string[] = [];
  const field = send.config.CD_CAMPO_ADIC_PESRDCONV;
  const type = `${send.phoneType.code}${send.phoneType.description ? ` – ${send.phoneType.description}` : ""}`;
  if (facts.stored_id) reasons.push(`Já enviada: o ID do contato no RD Conversas é ${facts.stored_id} (campo adicional ${field}).`);
  if (facts.live_status && DELIVERED.includes(facts.live_status)) {
    reasons.push(`Contato já enviado ao RD Conversas (${STATUS_LABELS[facts.live_status]}) para ${formatPhone(facts.live_recipient ?? "")}.`);
  } else if (facts.live_status) {
    reasons.push(`Contato pendente na fila de envio: ${STATUS_LABELS[facts.live_status]} (${formatPhone(facts.live_recipient ?? "")}).`);
  }
  if (send.phoneType.id === null) reasons.push(`Nenhum tipo de telefone tem o código ${send.phoneType.code} (CD_TIPOFONE_CELULAR da empresa).`);
  else if (!facts.has_type) reasons.push(`Não tem telefone do tipo ${type}.`);
  else if (!facts.has_primary_type) reasons.push(`Tem telefone do tipo ${type}, mas nenhum está marcado como principal.`);
  if (facts.opt_out_whatsapp) reasons.push("Optou por não receber mensagens por WhatsApp.");
  if (!facts.name_ok) reasons.push(`Não corresponde ao filtro Nome “${filters.name}”.`);
  if (!facts.erp_ok) reasons.push(`Não corresponde ao filtro Código ERP “${filters.erpCode}” (o código dela é ${facts.erp_code ?? "vazio"}).`);
  if (!facts.since_ok) {
    reasons.push(`Cadastrada em ${formatDate(new Date(facts.created_at))}, antes do filtro “Cadastrada desde” ${formatIsoDate(filters.since)}.`);
  }
  return reasons;
}

/** "Por que esta pessoa não aparece?": the person and the reasons (empty = listed with these filters); null while the module is off. */
export async function explainContactAbsence({ ctx, input }: { ctx: Ctx; input: { personId: number; filters: ContactFilters } }) {
  const { filters } = input;
  const send = await contactSendContext(ctx.db, resolveContactCompany(ctx, filters));
  if (!send) return null;
  const typeId = send.phoneType.id ?? -1;
  const found = await ctx.db.execute<PersonFacts>(sql`
    select p.id, p.name, p.document, p.erp_code, p.created_at, p.opt_out_whatsapp,
      (select v.value from person_additional_values v where v.person_id = p.id and v.field_id = ${send.fieldId ?? -1}) as stored_id,
      live.status as live_status, live.recipient as live_recipient,
      exists (select 1 from person_phones ph where ph.person_id = p.id and ph.phone_type_id = ${typeId}) as has_type,
      exists (select 1 from person_phones ph where ph.person_id = p.id and ph.phone_type_id = ${typeId} and ph.is_primary) as has_primary_type,
      ${filters.name ? nameMatches(filters.name) : sql`true`} as name_ok,
      ${filters.erpCode ? sql`p.erp_code is not distinct from ${filters.erpCode}` : sql`true`} as erp_ok,
      ${filters.since ? registeredSince(filters.since) : sql`true`} as since_ok
    from people p
    left join lateral (select o.status, o.recipient from outbox_messages o
      where o.person_id = p.id and o.kind = 'rd.contact' and o.status in (${sqlList(LIVE_CONTACT_STATUSES)})
      order by o.id desc limit 1) live on true
    where p.id = ${input.personId}`);
  const facts = found.rows[0];
  if (!facts) throw notFound("Pessoa");
  return {
    person: { id: facts.id, name: facts.name, document: facts.document, erpCode: facts.erp_code },
    reasons: absenceReasons(facts, send, filters),
  };
}
