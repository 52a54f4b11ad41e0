import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { providerAccounts, whatsappAccounts } from "@/db/schema";
import { decryptSecret, isEncrypted } from "@/lib/core/crypto";

/** The WhatsApp account a webhook URL names, with the secrets that authenticate Meta's calls (decrypted, server only). */
export type WebhookAccount = {
  id: number; companyId: number; adminUserId: number | null;
  /** The Meta provider account (outbox account_id of our sends); null while the official API is not configured. */
  providerAccountId: number | null;
  appSecret: string; verifyToken: string;
};

const secret = (value: unknown) => {
  if (typeof value !== "string" || !isEncrypted(value)) return "";
  try { return decryptSecret(value); } catch { return ""; }
};

/** Null when the id names no account (the route answers 404). */
export async function loadWebhookAccount(db: DbOrTx, rawId: string): Promise<WebhookAccount | null> {
  if (!/^\d{1,9}$/.test(rawId)) return null;
  const [row] = await db
    .select({ account: whatsappAccounts, credentials: providerAccounts.credentials, provider: providerAccounts.provider })
    .from(whatsappAccounts)
    .leftJoin(providerAccounts, eq(providerAccounts.id, whatsappAccounts.officialAccountId))
    .where(eq(whatsappAccounts.id, Number(rawId)));
  if (!row) return null;
  const credentials = row.provider === "meta" ? (row.credentials as Record<string, unknown>) : {};
  return {
    id: row.account.id, companyId: row.account.companyId, adminUserId: row.account.adminUserId,
    providerAccountId: row.provider === "meta" ? row.account.officialAccountId : null,
    appSecret: secret(credentials.appSecret), verifyToken: secret(credentials.verifyToken),
  };
}
