import "server-only";
import type { DbOrTx } from "@/db/client";
import { decryptSecret, isEncrypted } from "@/lib/core/crypto";
import { readStoredSetting } from "@/lib/settings/get-setting";
import type { SettingDef } from "@/lib/settings/registry";
import { rdConfigSetting, type RdConfig } from "./settings";

/** The RD Conversas parameter with the token decrypted, or null while it was never saved (the module is off). */
export async function getRdConfig(db: DbOrTx): Promise<RdConfig | null> {
  const stored = await readStoredSetting(db, rdConfigSetting as unknown as SettingDef);
  if (!stored.configured) return null;
  const value = { ...stored.value };
  const token = value.DS_TOKEN_RDCONVERSAS;
  if (typeof token === "string" && isEncrypted(token)) value.DS_TOKEN_RDCONVERSAS = decryptSecret(token);
  const parsed = rdConfigSetting.schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
