import "server-only";
import { eq, sql } from "drizzle-orm";
import { rdContactBatches } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { ServiceError } from "@/lib/core/errors";
import type { ContactBatchIdInput } from "../contact-schemas";
import { sqlList } from "./candidate-query";
import { LIVE_CONTACT_STATUSES } from "./contact-statuses";
import { loadContactBatch } from "./load-contact-batch";

/**
 * "Reenviar falhas": the batch's failed rows go back to the queue (attempts kept) and the batch runs again. A person
 * whose contact is meanwhile on its way through another row is left alone, so no one gets two contacts.
 */
export async function retryContactBatchFailures({ ctx, input }: { ctx: Ctx; input: ContactBatchIdInput }) {
  const batch = await loadContactBatch(ctx, input.id, { lock: true });
  const now = ctx.clock.now().toISOString();
  const requeued = await ctx.db.execute(sql`
    update outbox_messages o set status = 'queued', not_before = ${now}::timestamptz, updated_at = ${now}::timestamptz,
      status_reason = ${`Reenvio solicitado por ${ctx.user.name} (lote ${batch.id})`}, retry_requested_by = ${ctx.user.id},
      lease_owner = null, lease_expires_at = null
    where o.id in (select message_id from rd_contact_batch_items where batch_id = ${batch.id})
      and o.status = 'failed'
      and not exists (select 1 from outbox_messages l where l.person_id = o.person_id and l.kind = 'rd.contact'
        and l.id <> o.id and l.status in (${sqlList(LIVE_CONTACT_STATUSES)}))`);
  const count = requeued.rowCount ?? 0;
  if (count === 0) throw new ServiceError("CONFLICT", "Nenhum envio com falha para reenviar neste lote.");
  await ctx.db.update(rdContactBatches).set({ status: "running", finishedAt: null, cancelledBy: null })
    .where(eq(rdContactBatches.id, batch.id));
  await recordAudit(ctx, {
    entity: "rd_contact_batch", entityId: batch.id, action: "retry_failures", companyId: batch.companyId,
    before: { status: batch.status }, after: { status: "running", requeuedMessages: count },
  });
  return { id: batch.id, requeued: count };
}
