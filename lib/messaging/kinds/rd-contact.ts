import { sql } from "drizzle-orm";
import { z } from "zod";
import { registerMessageKind } from "../kinds";
import { invalidPayload } from "./invalid-payload";

export const rdContactPayload = z.object({
  name: z.string().min(1),
  channelId: z.string().min(1),
  /** PESFL101 code of the additional field that receives the contact id (CD_CAMPO_ADIC_PESRDCONV when queued). */
  fieldCode: z.string().min(1).optional(),
});
export type RdContactPayload = z.infer<typeof rdContactPayload>;

/** Creates the person as an RD Conversas contact on a chip; once accepted, the contact id goes to the person's additional field. */
export const rdContactKind = registerMessageKind({
  kind: "rd.contact",
  channel: "whatsapp",
  send: async (adapter, message) => {
    const payload = rdContactPayload.safeParse(message.payload);
    if (!payload.success) return invalidPayload(payload.error);
    return adapter.createContact({ name: payload.data.name, phone: message.recipient, channelId: payload.data.channelId });
  },
  onSent: async (tx, message, result) => {
    const fieldCode = rdContactPayload.safeParse(message.payload).data?.fieldCode;
    if (!fieldCode || !message.personId) return;
    // A field deleted since queueing leaves nothing to fill; the id stays on the attempt's response.
    await tx.execute(sql`
      insert into person_additional_values (person_id, field_id, value)
      select ${message.personId}, f.id, ${result.providerId} from additional_fields f where f.code = ${fieldCode}
      on conflict (person_id, field_id) do update set value = excluded.value`);
  },
});
