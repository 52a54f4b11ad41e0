import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { providerAccounts } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { decryptSecret, isEncrypted } from "@/lib/core/crypto";

export type ProviderAccountRow = typeof providerAccounts.$inferSelect;

/** Names of the sending accounts of a company's WhatsApp (provider_accounts is unique per provider and name). */
export const officialAccountName = (companyCode: string) => `WhatsApp oficial · ${companyCode}`;
export const unofficialAccountName = (companyCode: string) => `WhatsApp não oficial · ${companyCode}`;

/** Per-account limits a new sending account starts with: Meta's default throughput; PlugMessage slow, as unofficial numbers get banned. */
export const OFFICIAL_DEFAULT_LIMITS = { limitPerSecond: 80, limitPerBatch: 50, limitPerDay: null };
export const UNOFFICIAL_DEFAULT_LIMITS = { limitPerSecond: 1, limitPerBatch: 5, limitPerDay: null };

export const loggedCompanyCode = (ctx: Pick<Ctx, "companies" | "companyId">) => ctx.companies.find((c) => c.id === ctx.companyId)!.code;

export async function providerAccountById(db: DbOrTx, id: number | null): Promise<ProviderAccountRow | null> {
  if (id === null) return null;
  const [row] = await db.select().from(providerAccounts).where(eq(providerAccounts.id, id));
  return row ?? null;
}

export const credentialsOf = (row: ProviderAccountRow | null): Record<string, unknown> =>
  (row?.credentials && typeof row.credentials === "object" ? row.credentials : {}) as Record<string, unknown>;

/** A stored credential in plain text ("" when absent): encrypted ones are decrypted, server-side only. */
export function plainCredential(row: ProviderAccountRow | null, key: string): string {
  const value = credentialsOf(row)[key];
  if (typeof value !== "string") return "";
  return isEncrypted(value) ? decryptSecret(value) : value;
}
