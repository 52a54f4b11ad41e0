import { decryptSecret, isEncrypted } from "@/lib/core/crypto";
import { createAdapter } from "@/lib/providers/registry";
import type { ProviderAdapter } from "@/lib/providers/types";
import type { ClaimedAccount } from "./claim-batch";

const cache = new Map<string, ProviderAdapter>();

/**
 * The adapter of a provider account, credentials decrypted; reused while the stored account is unchanged, so a
 * batch does not decrypt per message and an edited token takes effect on the next batch.
 */
export function accountAdapter(account: ClaimedAccount, options: { timeoutMs?: number } = {}): ProviderAdapter {
  const key = `${account.id}|${account.baseUrl}|${options.timeoutMs ?? ""}|${JSON.stringify(account.credentials)}`;
  let adapter = cache.get(key);
  if (!adapter) {
    for (const stale of cache.keys()) if (stale.startsWith(`${account.id}|`)) cache.delete(stale);
    const credentials = Object.fromEntries(Object.entries(account.credentials)
      .map(([k, v]) => [k, typeof v === "string" && isEncrypted(v) ? decryptSecret(v) : v]));
    adapter = createAdapter({ provider: account.provider, baseUrl: account.baseUrl, credentials, timeoutMs: options.timeoutMs });
    cache.set(key, adapter);
  }
  return adapter;
}
