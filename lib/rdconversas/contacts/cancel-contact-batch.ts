import "server-only";
import { eq, sql } from "drizzle-orm";
import { rdContactBatches } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { ServiceError } from "@/lib/core/errors";
import type { ContactBatchIdInput } from "../contact-schemas";
import { batchProgress } from "./batch-progress";
import { sqlList } from "./candidate-query";
import { CANCELLABLE_STATUSES } from "./contact-statuses";
import { loadContactBatch } from "./load-contact-batch";

/** "Cancelar": the batch's rows still waiting in the queue are cancelled; rows already with the provider finish. */
export async function cancelContactBatch({ ctx, input }: { ctx: Ctx; input: ContactBatchIdInput }) {
  const batch = await loadContactBatch(ctx, input.id, { lock: true });
  if (batch.status === "cancelled") throw new ServiceError("CONFLICT", "Este lote já foi cancelado.");
  const now = ctx.clock.now();
  const progress = (await batchProgress(ctx.db, [batch.id], now)).get(batch.id)!;
  if (progress.pending === 0) throw new ServiceError("CONFLICT", "Este lote já terminou: não há envios na fila para cancelar.");
  const cancelled = await ctx.db.execute(sql`
    update outbox_messages set status = 'cancelled', status_reason = ${`Lote ${batch.id} cancelado por ${ctx.user.name}`},
      lease_owner = null, lease_expires_at = null, updated_at = ${now.toISOString()}::timestamptz
    where id in (select message_id from rd_contact_batch_items where batch_id = ${batch.id})
      and status in (${sqlList(CANCELLABLE_STATUSES)})`);
  await ctx.db.update(rdContactBatches).set({ status: "cancelled", cancelledBy: ctx.user.id, finishedAt: now })
    .where(eq(rdContactBatches.id, batch.id));
  const count = cancelled.rowCount ?? 0;
  await recordAudit(ctx, {
    entity: "rd_contact_batch", entityId: batch.id, action: "cancel", companyId: batch.companyId,
    before: { status: batch.status, pending: progress.pending }, after: { status: "cancelled", cancelledMessages: count },
  });
  return { id: batch.id, cancelled: count };
}
