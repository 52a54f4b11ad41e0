import { createMetaAdapter } from "./meta/adapter";
import { createPlugMessageAdapter } from "./plugmessage/adapter";
import { createRdConversasAdapter } from "./rdconversas/adapter";
import type { AdapterAccount, ProviderAdapter } from "./types";

/** The adapter for an account's provider; the account's base URL decides whether it talks to the real service or a simulator. */
export function createAdapter(account: AdapterAccount): ProviderAdapter {
  const { provider } = account;
  switch (provider) {
    case "rdconversas":
      return createRdConversasAdapter(account);
    case "meta":
      return createMetaAdapter(account);
    case "plugmessage":
      return createPlugMessageAdapter({ ...account, provider });
    default: {
      const unknown: never = provider;
      throw new Error(`Provedor sem adaptador: ${String(unknown)}`);
    }
  }
}
