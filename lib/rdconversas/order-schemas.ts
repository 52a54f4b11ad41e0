import { z } from "zod";
import { ORDER_CHANNEL_LABELS } from "@/lib/people/labels";
import type { OrderChannel } from "./order-stages";

const channels = Object.keys(ORDER_CHANNEL_LABELS) as [OrderChannel, ...OrderChannel[]];

/** "Avançar estágio" on the order detail screen. */
export const changeOrderStageSchema = z.object({
  orderId: z.number().int().positive(),
  stage: z.string().trim().min(1, "Escolha o estágio."),
});
export type ChangeOrderStageInput = z.infer<typeof changeOrderStageSchema>;

/**
 * One card of the stage-notification screen: every stage of the channel, notifying or not. The company is the one
 * the page was loaded for, so switching company in another tab cannot redirect the save.
 */
export const orderStageNotificationsSchema = z.object({
  companyId: z.number().int().positive(),
  channel: z.enum(channels, "Canal inválido."),
  stages: z.array(z.object({
    stage: z.string().min(1),
    notify: z.boolean(),
    messageId: z.number().int().positive().nullable(),
  }).refine((row) => !row.notify || row.messageId !== null, {
    message: "Escolha a mensagem que este estágio envia.", path: ["messageId"],
  })),
});
export type OrderStageNotificationsInput = z.infer<typeof orderStageNotificationsSchema>;
