import { and, asc, eq, inArray } from "drizzle-orm";
import { rdMessages, rdOrderStageNotifications } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import { assertCompanyAccess, type Ctx } from "@/lib/core/ctx";
import { invalid, ServiceError } from "@/lib/core/errors";
import { ORDER_CHANNEL_LABELS } from "@/lib/people/labels";
import { findMessageType, messageTypeLabel } from "../message-types";
import type { OrderStageNotificationsInput } from "../order-schemas";
import { stageExistsIn, stageLabel } from "../order-stages";

/** Replaces which stages of one channel of one company notify, and with which of that company's order messages. */
export async function saveOrderStageNotifications({ ctx, input }: { ctx: Ctx; input: OrderStageNotificationsInput }) {
  const { companyId } = input;
  assertCompanyAccess(ctx, companyId);
  const channelLabel = ORDER_CHANNEL_LABELS[input.channel];
  const seen = new Set<string>();
  input.stages.forEach((row, i) => {
    if (!stageExistsIn(row.stage, input.channel)) {
      throw invalid(`stages.${i}.stage`, `O estágio "${stageLabel(row.stage)}" não existe no canal ${channelLabel}.`);
    }
    if (seen.has(row.stage)) throw invalid(`stages.${i}.stage`, `O estágio "${stageLabel(row.stage)}" aparece mais de uma vez.`);
    seen.add(row.stage);
  });

  const notifying = input.stages.flatMap((row, i) => (row.notify && row.messageId ? [{ ...row, messageId: row.messageId, i }] : []));
  const ids = [...new Set(notifying.map((row) => row.messageId))];
  const messages = ids.length
    ? await ctx.db.select({ id: rdMessages.id, companyId: rdMessages.companyId, type: rdMessages.type })
      .from(rdMessages).where(inArray(rdMessages.id, ids))
    : [];
  for (const row of notifying) {
    const message = messages.find((m) => m.id === row.messageId);
    // Another company's message is reported as missing, so its existence is not revealed.
    if (!message || message.companyId !== companyId) {
      const refusal = "Mensagem não encontrada nesta empresa: escolha outra.";
      throw new ServiceError("NOT_FOUND", refusal, { [`stages.${row.i}.messageId`]: [refusal] });
    }
    if (findMessageType(message.type)?.group !== "order") {
      throw invalid(`stages.${row.i}.messageId`, `A mensagem "${messageTypeLabel(message.type)}" não é de pedido: escolha uma mensagem de estágio do pedido.`);
    }
  }

  const scope = and(eq(rdOrderStageNotifications.companyId, companyId), eq(rdOrderStageNotifications.channel, input.channel));
  const before = await ctx.db.select({ stage: rdOrderStageNotifications.stage, messageId: rdOrderStageNotifications.messageId })
    .from(rdOrderStageNotifications).where(scope).orderBy(asc(rdOrderStageNotifications.stage));
  await ctx.db.delete(rdOrderStageNotifications).where(scope);
  const after = notifying.map((row) => ({ stage: row.stage, messageId: row.messageId }));
  if (after.length) {
    await ctx.db.insert(rdOrderStageNotifications).values(after.map((row) => ({ companyId, channel: input.channel, ...row })));
  }
  await recordAudit(ctx, {
    entity: "rd_order_stage_notifications", entityId: `${companyId}:${input.channel}`, action: "update", companyId, before, after,
  });
  return { channel: input.channel, notifying: after.length };
}
