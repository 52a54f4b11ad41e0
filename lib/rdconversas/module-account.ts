import { eq, and, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { providerAccounts } from "@/db/schema";
import { rdBaseUrl } from "./base-url";

/** The outbox account every RD Conversas module message goes through (its token mirrors the parameter's). */
export const RD_MODULE_ACCOUNT_NAME = "RD Conversas";

const DEFAULT_LIMITS = { limitPerSecond: 20, limitPerBatch: 200, limitPerDay: null };

/**
 * Called in the transaction that saves DS_LST_CONFIG_RDCONVERSAS: the account row follows the parameter (same encrypted
 * token), so the dispatcher never reads settings and an edited token applies from the next batch.
 */
export async function syncModuleAccount(db: DbOrTx, value: Record<string, unknown>) {
  const credentials = { token: String(value.DS_TOKEN_RDCONVERSAS ?? "") };
  await db.insert(providerAccounts)
    .values({ provider: "rdconversas", name: RD_MODULE_ACCOUNT_NAME, baseUrl: rdBaseUrl(), credentials, ...DEFAULT_LIMITS })
    .onConflictDoUpdate({
      target: [providerAccounts.provider, providerAccounts.name],
      set: { credentials, baseUrl: sql`excluded.base_url`, active: true },
    });
}

/** The module account's id, or null while the parameter was never saved. */
export async function moduleAccountId(db: DbOrTx): Promise<number | null> {
  const [row] = await db.select({ id: providerAccounts.id }).from(providerAccounts)
    .where(and(eq(providerAccounts.provider, "rdconversas"), eq(providerAccounts.name, RD_MODULE_ACCOUNT_NAME), eq(providerAccounts.active, true)));
  return row?.id ?? null;
}
