import { createRdConversasAdapter } from "./rdconversas/adapter";
import type { AdapterAccount, ProviderAdapter } from "./types";

/** The adapter for an account's provider; the account's base URL decides whether it talks to the real service or a simulator. */
export function createAdapter(account: AdapterAccount): ProviderAdapter {
  switch (account.provider) {
    case "rdconversas":
      return createRdConversasAdapter(account);
    default: {
      const unknown: never = account.provider;
      throw new Error(`Provedor sem adaptador: ${String(unknown)}`);
    }
  }
}
