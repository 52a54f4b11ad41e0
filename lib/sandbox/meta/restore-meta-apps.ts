import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { providerAccounts, whatsappAccounts } from "@/db/schema";
import { decryptSecret, isEncrypted } from "@/lib/core/crypto";
import { metaSandboxState } from "@/lib/providers/meta/sandbox-state";
import { isMetaSimulator } from "@/lib/providers/meta/base-url";
import { whatsappWebhookUrl } from "@/lib/whatsapp/settings/webhook-url";

const holder = globalThis as typeof globalThis & { __recadoMetaAppsRestored?: Promise<number> };
const plain = (value: unknown) => (typeof value === "string" && isEncrypted(value) ? decryptSecret(value) : String(value ?? ""));

/**
 * The simulator keeps registered apps in memory; after a restart of the web process the accounts saved in
 * "Configurações" would get 190 (invalid token). Once per process, re-register every account whose saved base URL is
 * the simulator, as it was saved (no new hub.challenge: it passed when it was saved). Returns how many were restored.
 */
export function restoreMetaSandboxApps(db: DbOrTx): Promise<number> {
  holder.__recadoMetaAppsRestored ??= (async () => {
    const state = metaSandboxState();
    const rows = await db.select({ id: whatsappAccounts.id, baseUrl: providerAccounts.baseUrl, credentials: providerAccounts.credentials })
      .from(whatsappAccounts).innerJoin(providerAccounts, eq(providerAccounts.id, whatsappAccounts.officialAccountId));
    let restored = 0;
    for (const row of rows) {
      const c = row.credentials as Record<string, unknown>;
      const wabaId = String(c.wabaId ?? "");
      const callbackUrl = whatsappWebhookUrl(row.id);
      if (!isMetaSimulator(row.baseUrl) || !wabaId || !callbackUrl || state.appFor(wabaId)) continue;
      state.apps.push({
        wabaId, phoneNumberId: String(c.phoneNumberId ?? ""), displayPhoneNumber: "15550000000", token: plain(c.token),
        appSecret: plain(c.appSecret), verifyToken: plain(c.verifyToken), callbackUrl, registeredAt: state.now(),
      });
      restored++;
    }
    return restored;
  })().catch((error: unknown) => {
    holder.__recadoMetaAppsRestored = undefined;
    console.error("[sandbox] não foi possível restaurar os apps da Meta simulada", error);
    return 0;
  });
  return holder.__recadoMetaAppsRestored;
}
