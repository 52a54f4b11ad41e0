import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { additionalFields, phoneTypes } from "@/db/schema";
import { mobilePhoneTypeSetting } from "@/lib/settings/core-settings";
import { getSetting } from "@/lib/settings/get-setting";
import { getRdConfig } from "../get-config";
import { moduleAccountId } from "../module-account";
import type { RdConfig } from "../settings";

/** Everything a contact send for one company depends on: the parameter, the outbox account, the mobile type, the id field. */
export type ContactSendContext = {
  config: RdConfig;
  accountId: number;
  companyId: number;
  /** CD_TIPOFONE_CELULAR of the company; `id` is null when no phone type has that code (nobody qualifies). */
  phoneType: { id: number | null; code: string; description: string | null };
  /** The PESFL101 field named by CD_CAMPO_ADIC_PESRDCONV, or null when it does not exist (yet). */
  fieldId: number | null;
};

/** Null while DS_LST_CONFIG_RDCONVERSAS was never saved: the module is off and nothing is sent. */
export async function contactSendContext(db: DbOrTx, companyId: number): Promise<ContactSendContext | null> {
  const config = await getRdConfig(db);
  const accountId = config ? await moduleAccountId(db) : null;
  if (!config || accountId === null) return null;
  const { phoneTypeCode } = await getSetting(db, mobilePhoneTypeSetting, companyId);
  const [type] = await db.select({ id: phoneTypes.id, description: phoneTypes.description }).from(phoneTypes)
    .where(eq(phoneTypes.code, phoneTypeCode));
  const [field] = await db.select({ id: additionalFields.id }).from(additionalFields)
    .where(eq(additionalFields.code, config.CD_CAMPO_ADIC_PESRDCONV));
  return {
    config, accountId, companyId,
    phoneType: { id: type?.id ?? null, code: phoneTypeCode, description: type?.description ?? null },
    fieldId: field?.id ?? null,
  };
}

/** One RD contact per person and number, whoever queues it (PESFP079 or the person form). */
export const contactIdempotencyKey = (personId: number, e164: string) => `rd-contact:${personId}:${e164}`;

/** The rd.contact payload: the chip it is created on and the field that receives the provider's id. */
export const contactPayload = (send: ContactSendContext, name: string) =>
  ({ name, channelId: send.config.ID_INTEGRACAO_CHIP, fieldCode: send.config.CD_CAMPO_ADIC_PESRDCONV });
