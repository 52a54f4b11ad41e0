import "server-only";
import { decryptSecret, isEncrypted, maskSecret } from "@/lib/core/crypto";
import type { Ctx } from "@/lib/core/ctx";
import { readStoredSetting } from "@/lib/settings/get-setting";
import type { SettingDef } from "@/lib/settings/registry";
import { rdConfigSetting } from "../settings";

/** The parameter as the "Configurações gerais" card shows it: the token only masked, never in clear. */
export async function getRdGeneralConfig({ ctx }: { ctx: Ctx }) {
  const stored = await readStoredSetting(ctx.db, rdConfigSetting as unknown as SettingDef);
  const v = stored.value;
  const token = typeof v.DS_TOKEN_RDCONVERSAS === "string" ? v.DS_TOKEN_RDCONVERSAS : "";
  return {
    code: rdConfigSetting.code,
    configured: stored.configured,
    updatedAt: stored.updatedAt,
    maskedToken: token ? maskSecret(isEncrypted(token) ? decryptSecret(token) : token) : "",
    additionalFieldCode: String(v.CD_CAMPO_ADIC_PESRDCONV ?? ""),
    chipNumber: String(v.NR_CHIP_RDCONVERSAS ?? ""),
    daysAhead: Number(v.QT_DIAS_AVISO_VENC ?? 0),
  };
}
