import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { settings } from "@/db/schema";
import { decryptSecret, isEncrypted } from "@/lib/core/crypto";
import { secretKeys, type SettingDef } from "./registry";

export type StoredSetting = { value: Record<string, unknown>; updatedAt: Date | null; configured: boolean };

/** The raw stored row (secrets still encrypted), or the defaults when never saved. */
export async function readStoredSetting(db: DbOrTx, def: SettingDef, companyId?: number): Promise<StoredSetting> {
  const scopeFilter = def.scope === "company" ? eq(settings.companyId, companyId ?? -1) : isNull(settings.companyId);
  const [row] = await db.select().from(settings).where(and(eq(settings.code, def.code), scopeFilter));
  if (!row) return { value: { ...(def.defaults as Record<string, unknown>) }, updatedAt: null, configured: false };
  return { value: row.value as Record<string, unknown>, updatedAt: row.updatedAt, configured: true };
}

/** A parameter's typed value with secrets decrypted: for server-side use only, never sent to the browser. */
export async function getSetting<S extends z.ZodObject>(db: DbOrTx, def: SettingDef<S>, companyId?: number): Promise<z.output<S>> {
  const stored = await readStoredSetting(db, def as unknown as SettingDef, companyId);
  const value = { ...stored.value };
  for (const key of secretKeys(def as unknown as SettingDef)) {
    const v = value[key];
    if (typeof v === "string" && isEncrypted(v)) value[key] = decryptSecret(v);
  }
  return def.schema.parse(value);
}
