import { additionalFields, phoneTypes, settings } from "../../db/schema";
import type { Db } from "../../db/client";
import { encryptSecret } from "../../lib/core/crypto";
import { RD_SANDBOX_TOKEN, RD_SEED_CHIPS } from "../../lib/providers/rdconversas/simulator-seed";
import { syncModuleAccount } from "../../lib/rdconversas/module-account";

export const RD_FIELD_CODE = "RDCONV_ID";
export const RD_CHIP_ID = RD_SEED_CHIPS[0]!._id;

/**
 * DS_LST_CONFIG_RDCONVERSAS stored as INTFM037 stores it (token encrypted, chip already resolved) plus its outbox
 * account, the RDCONV_ID field and the default mobile type CEL. Set RDCONVERSAS_BASE_URL first to reach a simulator.
 */
export async function configureRdModule(db: Db) {
  const value = {
    DS_TOKEN_RDCONVERSAS: encryptSecret(RD_SANDBOX_TOKEN), CD_CAMPO_ADIC_PESRDCONV: RD_FIELD_CODE,
    NR_CHIP_RDCONVERSAS: RD_SEED_CHIPS[0]!.phone, QT_DIAS_AVISO_VENC: 2, ID_INTEGRACAO_CHIP: RD_CHIP_ID,
  };
  await db.insert(settings).values({ code: "DS_LST_CONFIG_RDCONVERSAS", companyId: null, value })
    .onConflictDoUpdate({ target: [settings.code, settings.companyId], set: { value } });
  await syncModuleAccount(db, value);
  const [field] = await db.insert(additionalFields).values({ code: RD_FIELD_CODE, label: "ID contato RD Conversas", type: "text" })
    .onConflictDoUpdate({ target: additionalFields.code, set: { label: "ID contato RD Conversas" } }).returning();
  const [cel] = await db.insert(phoneTypes).values({ code: "CEL", description: "Celular" })
    .onConflictDoUpdate({ target: phoneTypes.code, set: { description: "Celular" } }).returning();
  return { fieldId: field!.id, celTypeId: cel!.id };
}
