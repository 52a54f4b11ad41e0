import "server-only";
import { decryptSecret, isEncrypted, maskSecret } from "@/lib/core/crypto";
import { assertCompanyAccess, type Ctx } from "@/lib/core/ctx";
import { settingDefinitions } from "./definitions";
import { readStoredSetting } from "./get-setting";
import { secretKeys, type SettingField, type SettingScope } from "./registry";

export type SettingView = {
  code: string; scope: SettingScope; module: string; title: string; description: string; fields: SettingField[];
  /** Secrets come masked; the form sends an empty secret to keep the stored one. */
  value: Record<string, unknown>;
  configured: boolean;
  updatedAt: Date | null;
};

/** Parameters for the admin screen: corporate ones plus the given company's, secrets masked. */
export async function listSettings({ ctx, input }: { ctx: Ctx; input: { companyId: number } }): Promise<SettingView[]> {
  assertCompanyAccess(ctx, input.companyId);
  return Promise.all(settingDefinitions().map(async (def) => {
    const stored = await readStoredSetting(ctx.db, def, def.scope === "company" ? input.companyId : undefined);
    const value = { ...stored.value };
    for (const key of secretKeys(def)) {
      const v = value[key];
      value[key] = typeof v === "string" && v ? maskSecret(isEncrypted(v) ? decryptSecret(v) : v) : "";
    }
    return {
      code: def.code, scope: def.scope, module: def.module, title: def.title, description: def.description,
      fields: def.fields, value, configured: stored.configured, updatedAt: stored.updatedAt,
    };
  }));
}
