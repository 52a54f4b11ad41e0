import { and, asc, eq, like } from "drizzle-orm";
import { rdMessages, rdOrderStageNotifications } from "@/db/schema";
import { requireAdmin, type Ctx } from "@/lib/core/ctx";
import { ORDER_CHANNEL_LABELS } from "@/lib/people/labels";
import { messageTypeLabel, orderMessageType } from "../message-types";
import { stagesOf, type OrderChannel } from "../order-stages";

export type StageMessageOption = { id: number; label: string; active: boolean };

export type StageNotificationRow = { stage: string; label: string; notify: boolean; messageId: number | null };

/**
 * The stage-notification screen of the logged company: its order-type messages and, per channel, every stage with
 * its saved choice; a stage not saved yet suggests the message of its own type (order:<stage>).
 */
export async function getOrderStageConfig({ ctx }: { ctx: Ctx }) {
  requireAdmin(ctx);
  const [messages, saved] = await Promise.all([
    ctx.db.select({ id: rdMessages.id, type: rdMessages.type, templateName: rdMessages.templateName, active: rdMessages.active })
      .from(rdMessages)
      .where(and(eq(rdMessages.companyId, ctx.companyId), like(rdMessages.type, "order:%")))
      .orderBy(asc(rdMessages.type)),
    ctx.db.select().from(rdOrderStageNotifications).where(eq(rdOrderStageNotifications.companyId, ctx.companyId)),
  ]);
  const options: StageMessageOption[] = messages.map((m) => ({
    id: m.id, label: `${messageTypeLabel(m.type)} · ${m.templateName}`, active: m.active,
  }));
  const channels = (Object.keys(ORDER_CHANNEL_LABELS) as OrderChannel[]).map((channel) => ({
    channel,
    label: ORDER_CHANNEL_LABELS[channel],
    stages: stagesOf(channel).map((stage): StageNotificationRow => {
      const row = saved.find((s) => s.channel === channel && s.stage === stage.code);
      const suggested = messages.find((m) => m.active && m.type === orderMessageType(stage.code));
      return { stage: stage.code, label: stage.label, notify: Boolean(row), messageId: row?.messageId ?? suggested?.id ?? null };
    }),
  }));
  return { messages: options, channels };
}
