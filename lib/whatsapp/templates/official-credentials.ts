import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { providerAccounts } from "@/db/schema";
import { decryptSecret, isEncrypted } from "@/lib/core/crypto";
import { invalid } from "@/lib/core/errors";
import type { WhatsappAccount } from "@/lib/whatsapp/account/whatsapp-account-for";

/** What the template calls need of the account's Meta configuration, secrets decrypted (server only). */
export type OfficialCredentials = { providerAccountId: number; baseUrl: string; token: string; wabaId: string; phoneNumberId: string };

const plain = (value: unknown) => (typeof value === "string" && isEncrypted(value) ? decryptSecret(value) : String(value ?? ""));

export async function officialCredentials(db: DbOrTx, account: WhatsappAccount): Promise<OfficialCredentials | null> {
  if (!account.officialAccountId) return null;
  const [row] = await db.select().from(providerAccounts).where(eq(providerAccounts.id, account.officialAccountId));
  if (!row) return null;
  const c = row.credentials as Record<string, unknown>;
  const credentials = { providerAccountId: row.id, baseUrl: row.baseUrl, token: plain(c.token), wabaId: String(c.wabaId ?? ""), phoneNumberId: String(c.phoneNumberId ?? "") };
  return credentials.token && credentials.wabaId ? credentials : null;
}

/** The same, or the refusal the template screens show while the official API is not set up. */
export async function requireOfficialCredentials(db: DbOrTx, account: WhatsappAccount): Promise<OfficialCredentials> {
  if (account.apiMode !== "official") {
    throw invalid("name", "Modelos de início de chat só existem na API oficial: a conta está configurada para a API não oficial.");
  }
  const credentials = await officialCredentials(db, account);
  if (!credentials) throw invalid("name", "Configure a API oficial (WABA, número e token) na aba Configurações antes de criar modelos.");
  return credentials;
}
