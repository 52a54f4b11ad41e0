import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { personPhones, phoneTypes } from "@/db/schema";
import { isMobile } from "@/lib/br/phone";
import { mobilePhoneTypeSetting } from "@/lib/settings/core-settings";
import { getSetting } from "@/lib/settings/get-setting";

/**
 * The number a conversation goes to: the person's primary phone of the company's mobile type (CD_TIPOFONE_CELULAR),
 * else any primary phone that is a mobile number. Null when there is none.
 */
export async function personWhatsappPhone(db: DbOrTx, personId: number, companyId: number): Promise<string | null> {
  const { phoneTypeCode } = await getSetting(db, mobilePhoneTypeSetting, companyId);
  const primaries = await db
    .select({ e164: personPhones.e164, typeCode: phoneTypes.code })
    .from(personPhones)
    .innerJoin(phoneTypes, eq(phoneTypes.id, personPhones.phoneTypeId))
    .where(and(eq(personPhones.personId, personId), eq(personPhones.isPrimary, true)))
    .orderBy(asc(personPhones.id));
  return primaries.find((p) => p.typeCode === phoneTypeCode)?.e164 ?? primaries.find((p) => isMobile(p.e164))?.e164 ?? null;
}
