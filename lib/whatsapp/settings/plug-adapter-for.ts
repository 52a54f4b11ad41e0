import { createPlugMessageAdapter, type PlugMessageAdapter } from "@/lib/providers/plugmessage/adapter";
import { credentialsOf, plainCredential, type ProviderAccountRow } from "./provider-account";

/** The PlugMessage adapter of the company's unofficial account, token decrypted. */
export function plugAdapterFor(row: ProviderAccountRow): PlugMessageAdapter {
  const sessionId = credentialsOf(row).sessionId;
  return createPlugMessageAdapter({
    provider: "plugmessage", baseUrl: row.baseUrl,
    credentials: { token: plainCredential(row, "token"), ...(typeof sessionId === "string" ? { sessionId } : {}) },
  });
}
