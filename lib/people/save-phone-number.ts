import { and, asc, eq, ne } from "drizzle-orm";
import { z } from "zod";
import { people, personAdditionalValues, personPhones } from "@/db/schema";
import { normalizePhone } from "@/lib/br/phone";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { invalid, notFound } from "@/lib/core/errors";
import { queueContactOnPersonSave } from "@/lib/rdconversas/contacts/queue-contact-on-person-save";

/** "Discar e salvar" of the click-to-dial dialog: one stored phone, the number as typed. */
export const savePhoneNumberSchema = z.object({
  phoneId: z.number().int().positive(),
  number: z.string().trim().max(30, "Telefone com no máximo 30 caracteres."),
});
export type SavePhoneNumberInput = z.infer<typeof savePhoneNumberSchema>;

async function personState(ctx: Ctx, personId: number) {
  const [person] = await ctx.db.select({ name: people.name, optOutWhatsapp: people.optOutWhatsapp }).from(people).where(eq(people.id, personId));
  const phones = await ctx.db.select({ phoneTypeId: personPhones.phoneTypeId, e164: personPhones.e164, isPrimary: personPhones.isPrimary })
    .from(personPhones).where(eq(personPhones.personId, personId)).orderBy(asc(personPhones.id));
  const additionalValues = await ctx.db.select({ fieldId: personAdditionalValues.fieldId, value: personAdditionalValues.value })
    .from(personAdditionalValues).where(eq(personAdditionalValues.personId, personId));
  return { ...person!, phones, additionalValues };
}

/** Replaces the number of one phone (organization-wide, like people.save), normalised to E.164 and audited. */
export async function savePhoneNumber({ ctx, input }: { ctx: Ctx; input: SavePhoneNumberInput }) {
  const normalized = normalizePhone(input.number);
  if (!normalized.ok) throw invalid("number", normalized.message);
  const [phone] = await ctx.db.select().from(personPhones).where(eq(personPhones.id, input.phoneId));
  if (!phone) throw notFound("Telefone");
  if (phone.e164 === normalized.e164) return { id: phone.id, e164: phone.e164 };
  const [repeated] = await ctx.db.select({ id: personPhones.id }).from(personPhones)
    .where(and(eq(personPhones.personId, phone.personId), eq(personPhones.e164, normalized.e164), ne(personPhones.id, phone.id))).limit(1);
  if (repeated) throw invalid("number", "Esta pessoa já tem este telefone cadastrado.");
  const before = await personState(ctx, phone.personId);
  await ctx.db.update(personPhones).set({ e164: normalized.e164 }).where(eq(personPhones.id, phone.id));
  await ctx.db.update(people).set({ updatedAt: ctx.clock.now() }).where(eq(people.id, phone.personId));
  // Same hook as the person form, so a changed primary mobile reaches RD Conversas too.
  await queueContactOnPersonSave(ctx, phone.personId, before, await personState(ctx, phone.personId));
  await recordAudit(ctx, {
    entity: "person_phone", entityId: phone.id, action: "update",
    before: { personId: phone.personId, e164: phone.e164 }, after: { personId: phone.personId, e164: normalized.e164 },
  });
  return { id: phone.id, e164: normalized.e164 };
}
