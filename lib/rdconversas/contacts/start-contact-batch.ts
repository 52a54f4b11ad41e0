import "server-only";
import { eq, sql } from "drizzle-orm";
import { rdContactBatches } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { invalid, ServiceError } from "@/lib/core/errors";
import type { StartContactBatchInput } from "../contact-schemas";
import { candidateQuery, sqlList } from "./candidate-query";
import { REQUEUEABLE_STATUSES } from "./contact-statuses";
import { resolveContactCompany } from "./resolve-company";
import { contactSendContext, type ContactSendContext } from "./send-context";

const BATCH_PRODUCER = "batch:PESFP079";
const BULK_ANALYZE_THRESHOLD = 1_000;

/** Refuses a send that could only fail: module off, no mobile type for the company, chip never resolved. */
async function requireContactSendContext(ctx: Ctx, companyId: number): Promise<ContactSendContext> {
  const send = await contactSendContext(ctx.db, companyId);
  if (!send) throw new ServiceError("CONFLICT", "Configure o parâmetro DS_LST_CONFIG_RDCONVERSAS em INTFM037 antes de enviar contatos.");
  if (send.phoneType.id === null) {
    throw invalid("companyId", `Nenhum tipo de telefone tem o código ${send.phoneType.code}, o CD_TIPOFONE_CELULAR desta empresa: corrija o parâmetro.`);
  }
  if (!send.config.ID_INTEGRACAO_CHIP) {
    throw new ServiceError("CONFLICT", "O chip do RD Conversas ainda não foi identificado: salve de novo o parâmetro DS_LST_CONFIG_RDCONVERSAS em INTFM037.");
  }
  return send;
}

/**
 * "Enviar" in PESFP079: one batch and, set-based in the caller's transaction, one rd.contact outbox row per chosen
 * person (key `rd-contact:<person>:<e164>`). A key that already failed or was cancelled is queued again and joins this
 * batch; people sent or pending meanwhile are left out by the candidate rules themselves.
 */
export async function startContactBatch({ ctx, input }: { ctx: Ctx; input: StartContactBatchInput }) {
  const companyId = resolveContactCompany(ctx, input.filters);
  const send = await requireContactSendContext(ctx, companyId);
  const now = ctx.clock.now().toISOString();
  const filters = { ...input.filters, companyId };
  const [batch] = await ctx.db.insert(rdContactBatches)
    .values({ companyId, createdBy: ctx.user.id, createdAt: new Date(now), filters: { ...filters, selection: input.selection } })
    .returning({ id: rdContactBatches.id });
  const batchId = batch!.id;
  const chosen = input.selection === "ids"
    ? candidateQuery(send, filters, sql`p.id in (${sql.join(input.personIds.map((id) => sql`${id}`), sql`, `)})`)
    : candidateQuery(send, filters);
  const key = sql`'rd-contact:' || c.person_id || ':' || c.e164`;
  const payload = sql`jsonb_build_object('name', c.name, 'channelId', ${send.config.ID_INTEGRACAO_CHIP}::text, 'fieldCode', ${send.config.CD_CAMPO_ADIC_PESRDCONV}::text)`;
  const result = await ctx.db.execute<{ total: number; requeued: number }>(sql`
    with chosen as (${chosen}),
    requeued as (
      update outbox_messages o set status = 'queued', not_before = ${now}::timestamptz, updated_at = ${now}::timestamptz,
        status_reason = ${`Reenviado no lote ${batchId} do PESFP079`}, lease_owner = null, lease_expires_at = null,
        payload = ${payload}, account_id = ${send.accountId}, producer = ${BATCH_PRODUCER}, producer_ref = ${String(batchId)}
      from chosen c
      where o.idempotency_key = ${key} and o.status in (${sqlList(REQUEUEABLE_STATUSES)})
      returning o.id, o.person_id),
    inserted as (
      insert into outbox_messages (company_id, account_id, kind, recipient, person_id, payload, producer, producer_ref,
        idempotency_key, status, not_before, created_at, updated_at)
      select ${companyId}, ${send.accountId}, 'rd.contact', c.e164, c.person_id, ${payload}, ${BATCH_PRODUCER}, ${String(batchId)},
        ${key}, 'queued', ${now}::timestamptz, ${now}::timestamptz, ${now}::timestamptz
      from chosen c
      on conflict (idempotency_key) do nothing
      returning id, person_id),
    items as (
      insert into rd_contact_batch_items (batch_id, person_id, message_id)
      select ${batchId}::bigint, person_id, id from requeued union all select ${batchId}::bigint, person_id, id from inserted
      returning 1)
    select (select count(*)::int from items) as total, (select count(*)::int from requeued) as requeued`);
  const { total, requeued } = result.rows[0]!;
  if (total === 0) {
    throw new ServiceError("CONFLICT", "Nenhuma pessoa pode ser enviada: as escolhidas já foram enviadas, estão na fila ou deixaram de atender às condições. Atualize a lista.");
  }
  await ctx.db.update(rdContactBatches).set({ total }).where(eq(rdContactBatches.id, batchId));
  // After a bulk insert, stale statistics make the planner loop over the outbox per person when listing candidates.
  if (total >= BULK_ANALYZE_THRESHOLD) await ctx.db.execute(sql`analyze outbox_messages`);
  await recordAudit(ctx, {
    entity: "rd_contact_batch", entityId: batchId, action: "create", companyId,
    after: { filters, selection: input.selection, total, requeued },
  });
  return { id: batchId, total };
}
