import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { companies, orders, orderStageHistory, people, personPhones, phoneTypes, rdMessages, rdOrderStageNotifications } from "@/db/schema";
import type { Clock } from "@/lib/core/clock";
import { invalid, notFound } from "@/lib/core/errors";
import { enqueueMessages } from "@/lib/messaging/enqueue-messages";
import { ORDER_CHANNEL_LABELS } from "@/lib/people/labels";
import { mobilePhoneTypeSetting } from "@/lib/settings/core-settings";
import { getSetting } from "@/lib/settings/get-setting";
import { fieldListProblem, renderVariables } from "../fields";
import { moduleAccountId } from "../module-account";
import { stageExistsIn, stageLabel } from "../order-stages";

export type ApplyOrderStageInput = {
  orderId: number;
  stage: string;
  at?: Date;
  source: "screen" | "api";
  userId?: number | null;
};

/**
 * Moves an order to a stage and queues the stage's configured notice, once per order and stage (the idempotency key),
 * however often the order goes back and forth. The caller owns the transaction and the company check.
 */
export async function applyOrderStage(
  db: DbOrTx, clock: Clock, input: ApplyOrderStageInput,
): Promise<{ changed: boolean; queued: boolean }> {
  // Locked so two concurrent changes of one order write their history in turn.
  const [order] = await db.select().from(orders).where(eq(orders.id, input.orderId)).for("update");
  if (!order) throw notFound("Pedido");
  if (!stageExistsIn(input.stage, order.channel)) {
    throw invalid("stage", `O estágio "${stageLabel(input.stage)}" não existe no canal ${ORDER_CHANNEL_LABELS[order.channel]}.`);
  }
  if (order.stage === input.stage) return { changed: false, queued: false };

  await db.update(orders).set({ stage: input.stage }).where(eq(orders.id, order.id));
  await db.insert(orderStageHistory).values({
    orderId: order.id, stage: input.stage, at: input.at ?? clock.now(), source: input.source, changedBy: input.userId ?? null,
  });
  return { changed: true, queued: await queueStageNotice(db, clock, order, input.stage) };
}

type OrderRow = typeof orders.$inferSelect;

/** The active message configured for the order's company, channel and stage, or null when that stage does not notify. */
export async function findStageMessage(db: DbOrTx, order: Pick<OrderRow, "companyId" | "channel">, stage: string) {
  const [message] = await db
    .select({ templateId: rdMessages.templateId, chipId: rdMessages.chipId, fields: rdMessages.fields, variableCount: rdMessages.variableCount })
    .from(rdOrderStageNotifications)
    .innerJoin(rdMessages, eq(rdMessages.id, rdOrderStageNotifications.messageId))
    .where(and(
      eq(rdOrderStageNotifications.companyId, order.companyId),
      eq(rdOrderStageNotifications.channel, order.channel),
      eq(rdOrderStageNotifications.stage, stage),
      eq(rdMessages.companyId, order.companyId),
      eq(rdMessages.active, true),
    ));
  // A field list that no longer fits the template would send a broken message: treated as not configured.
  return message && !fieldListProblem(message.fields, message.variableCount, "order") ? message : null;
}

/** True when a notice was put in the outbox now (false: not configured, nowhere to send, or already sent before). */
async function queueStageNotice(db: DbOrTx, clock: Clock, order: OrderRow, stage: string): Promise<boolean> {
  const message = await findStageMessage(db, order, stage);
  if (!message) return false;

  const accountId = await moduleAccountId(db);
  if (!accountId) return false;

  const { phoneTypeCode } = await getSetting(db, mobilePhoneTypeSetting, order.companyId);
  const [target] = await db
    .select({
      person: { name: people.name, document: people.document, erpCode: people.erpCode, optOut: people.optOutWhatsapp },
      companyName: companies.name,
      e164: personPhones.e164,
    })
    .from(people)
    .innerJoin(companies, eq(companies.id, order.companyId))
    .innerJoin(personPhones, and(eq(personPhones.personId, people.id), eq(personPhones.isPrimary, true)))
    .innerJoin(phoneTypes, and(eq(phoneTypes.id, personPhones.phoneTypeId), eq(phoneTypes.code, phoneTypeCode)))
    .where(eq(people.id, order.personId));
  // LGPD: a person who opted out of WhatsApp gets no notice.
  if (!target || target.person.optOut) return false;

  const variables = renderVariables(message.fields, {
    person: target.person,
    company: { name: target.companyName },
    order: { number: order.number, stage },
  });
  const inserted = await enqueueMessages({
    db, clock,
    messages: [{
      companyId: order.companyId, accountId, kind: "rd.template", recipient: target.e164, personId: order.personId,
      payload: { templateId: message.templateId, channelId: message.chipId, variables },
      producer: "order-stage", producerRef: String(order.id),
      idempotencyKey: `rd-order:${order.id}:${stage}`,
    }],
  });
  return inserted > 0;
}
