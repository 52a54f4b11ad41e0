import { z } from "zod";
import { registerMessageKind } from "../kinds";
import { invalidPayload } from "./invalid-payload";

export const rdContactPayload = z.object({ name: z.string().min(1), channelId: z.string().min(1) });
export type RdContactPayload = z.infer<typeof rdContactPayload>;

/** Creates the person as an RD Conversas contact on a chip (the contact id is kept on the attempt's response). */
export const rdContactKind = registerMessageKind({
  kind: "rd.contact",
  channel: "whatsapp",
  send: async (adapter, message) => {
    const payload = rdContactPayload.safeParse(message.payload);
    if (!payload.success) return invalidPayload(payload.error);
    return adapter.createContact({ name: payload.data.name, phone: message.recipient, channelId: payload.data.channelId });
  },
});
