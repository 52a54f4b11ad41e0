import { and, eq, inArray } from "drizzle-orm";
import { orders } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import { grantedCompanyIds, type Ctx } from "@/lib/core/ctx";
import { notFound } from "@/lib/core/errors";
import type { ChangeOrderStageInput } from "../order-schemas";
import { applyOrderStage, findStageMessage } from "./apply-order-stage";

/**
 * "Avançar estágio" on the order screen. `configured` tells the operator why nothing was queued: the stage does not
 * notify, or it does but the customer cannot get it (no mobile phone, opted out, already notified of this stage).
 */
export async function changeOrderStage({ ctx, input }: { ctx: Ctx; input: ChangeOrderStageInput }) {
  const [before] = await ctx.db.select().from(orders)
    .where(and(eq(orders.id, input.orderId), inArray(orders.companyId, grantedCompanyIds(ctx))));
  if (!before) throw notFound("Pedido");
  const { changed, queued } = await applyOrderStage(ctx.db, ctx.clock, {
    orderId: before.id, stage: input.stage, source: "screen", userId: ctx.user.id,
  });
  if (changed) {
    await recordAudit(ctx, {
      entity: "order", entityId: before.id, action: "stage", companyId: before.companyId,
      before: { stage: before.stage }, after: { stage: input.stage, notificationQueued: queued },
    });
  }
  const configured = queued || Boolean(await findStageMessage(ctx.db, before, input.stage));
  return { changed, queued, configured };
}
