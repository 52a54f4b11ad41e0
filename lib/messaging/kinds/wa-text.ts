import { z } from "zod";
import { registerMessageKind } from "../kinds";
import { invalidPayload } from "./invalid-payload";

export const waTextPayload = z.object({ text: z.string().trim().min(1) });
export type WaTextPayload = z.infer<typeof waTextPayload>;

/** Free WhatsApp text, only valid inside the customer's 24-hour window (Meta refuses it outside with 131047). */
export const waTextKind = registerMessageKind({
  kind: "wa.text",
  channel: "whatsapp",
  send: async (adapter, message) => {
    const payload = waTextPayload.safeParse(message.payload);
    if (!payload.success) return invalidPayload(payload.error);
    return adapter.sendText({ to: message.recipient, text: payload.data.text });
  },
});
