import { z } from "zod";
import { registerMessageKind } from "../kinds";
import { invalidPayload } from "./invalid-payload";

export const waTemplatePayload = z.object({
  templateName: z.string().min(1),
  language: z.string().min(1),
  variables: z.array(z.string()),
  /** The body as the customer reads it, kept for the message log. */
  text: z.string(),
});
export type WaTemplatePayload = z.infer<typeof waTemplatePayload>;

/** An approved WhatsApp Cloud API chat-start template with its `{{n}}` values (Meta identifies templates by name). */
export const waTemplateKind = registerMessageKind({
  kind: "wa.template",
  channel: "whatsapp",
  send: async (adapter, message) => {
    const payload = waTemplatePayload.safeParse(message.payload);
    if (!payload.success) return invalidPayload(payload.error);
    const { templateName, language, variables } = payload.data;
    const call = { to: message.recipient, templateId: templateName, language, variables };
    return adapter.sendTemplate(call);
  },
});
