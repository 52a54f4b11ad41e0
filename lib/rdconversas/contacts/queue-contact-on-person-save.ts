import "server-only";
import type { Ctx } from "@/lib/core/ctx";
import { enqueueMessages } from "@/lib/messaging/enqueue-messages";
import { contactIdempotencyKey, contactPayload, contactSendContext } from "./send-context";

/** The parts of a saved person the hook looks at (lib/people/save-person.ts snapshots). */
type PersonState = {
  name: string;
  optOutWhatsapp: boolean;
  phones: { phoneTypeId: number; e164: string; isPrimary: boolean }[];
  additionalValues: { fieldId: number; value: string }[];
};

const primaryOfType = (state: PersonState | null, typeId: number) =>
  state?.phones.find((p) => p.isPrimary && p.phoneTypeId === typeId)?.e164 ?? null;

/**
 * Called in the transaction that saves a person: when the module is on, the person has no RD id yet and the primary
 * phone of the logged company's mobile type was added or changed, the contact is queued (never sent here, so saving
 * never waits for or fails because of the provider). Returns whether a row was queued.
 */
export async function queueContactOnPersonSave(ctx: Ctx, personId: number, before: PersonState | null, after: PersonState): Promise<boolean> {
  const send = await contactSendContext(ctx.db, ctx.companyId);
  if (!send || send.phoneType.id === null || !send.config.ID_INTEGRACAO_CHIP || after.optOutWhatsapp) return false;
  if (send.fieldId !== null && after.additionalValues.some((v) => v.fieldId === send.fieldId && v.value)) return false;
  const e164 = primaryOfType(after, send.phoneType.id);
  if (!e164 || e164 === primaryOfType(before, send.phoneType.id)) return false;
  const queued = await enqueueMessages({
    db: ctx.db, clock: ctx.clock,
    messages: [{
      companyId: ctx.companyId, accountId: send.accountId, kind: "rd.contact", recipient: e164, personId,
      payload: contactPayload(send, after.name), producer: "person-save", producerRef: String(personId),
      idempotencyKey: contactIdempotencyKey(personId, e164),
    }],
  });
  return queued > 0;
}
