import { z } from "zod";
import { registerMessageKind } from "../kinds";
import { invalidPayload } from "./invalid-payload";

export const rdTemplatePayload = z.object({
  templateId: z.string().min(1),
  variables: z.array(z.string()),
  channelId: z.string().min(1).optional(),
});
export type RdTemplatePayload = z.infer<typeof rdTemplatePayload>;

/** An approved RD Conversas WhatsApp template with its `{{n}}` values, sent from a chip. */
export const rdTemplateKind = registerMessageKind({
  kind: "rd.template",
  channel: "whatsapp",
  send: async (adapter, message) => {
    const payload = rdTemplatePayload.safeParse(message.payload);
    if (!payload.success) return invalidPayload(payload.error);
    return adapter.sendTemplate({ to: message.recipient, ...payload.data });
  },
});
