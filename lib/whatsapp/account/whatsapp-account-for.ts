import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { BOT_MESSAGE_KINDS, whatsappAccounts, whatsappBotMessages, whatsappMenuOptions } from "@/db/schema";
import { DEFAULT_BOT_MESSAGES, DEFAULT_MENU_OPTIONS } from "./defaults";

export type WhatsappAccount = typeof whatsappAccounts.$inferSelect;

/**
 * The company's WhatsApp account, created on first use with the default automatic messages and menu options.
 * Safe under concurrency: the insert is ON CONFLICT DO NOTHING on the company, and the defaults only go in with the row,
 * in the same transaction.
 */
export async function whatsappAccountFor(db: DbOrTx, companyId: number): Promise<WhatsappAccount> {
  const [existing] = await db.select().from(whatsappAccounts).where(eq(whatsappAccounts.companyId, companyId));
  if (existing) return existing;
  // Row and defaults together (a savepoint inside an action's transaction): never an account without its messages.
  const created = await db.transaction(async (tx) => {
    const [row] = await tx.insert(whatsappAccounts).values({ companyId }).onConflictDoNothing().returning();
    if (!row) return null;
    await tx.insert(whatsappBotMessages).values(BOT_MESSAGE_KINDS.map((kind) => ({ whatsappAccountId: row.id, kind, body: DEFAULT_BOT_MESSAGES[kind] })));
    await tx.insert(whatsappMenuOptions).values(DEFAULT_MENU_OPTIONS.map((o, i) => ({ whatsappAccountId: row.id, code: o.code, label: o.label, position: i + 1 })));
    return row;
  });
  if (created) return created;
  const [row] = await db.select().from(whatsappAccounts).where(eq(whatsappAccounts.companyId, companyId));
  return row!;
}
