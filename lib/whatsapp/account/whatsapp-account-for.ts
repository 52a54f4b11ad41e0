import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { BOT_MESSAGE_KINDS, whatsappAccounts, whatsappBotMessages, whatsappMenuOptions } from "@/db/schema";
import { DEFAULT_BOT_MESSAGES, DEFAULT_MENU_OPTIONS } from "./defaults";

export type WhatsappAccount = typeof whatsappAccounts.$inferSelect;

/**
 * The company's WhatsApp account, created on first use with the default automatic messages and menu options.
 * Safe under concurrency: the insert is ON CONFLICT DO NOTHING on the company, and the defaults only go in with the row.
 */
export async function whatsappAccountFor(db: DbOrTx, companyId: number): Promise<WhatsappAccount> {
  const [existing] = await db.select().from(whatsappAccounts).where(eq(whatsappAccounts.companyId, companyId));
  if (existing) return existing;
  const [created] = await db.insert(whatsappAccounts).values({ companyId }).onConflictDoNothing().returning();
  if (!created) {
    const [row] = await db.select().from(whatsappAccounts).where(eq(whatsappAccounts.companyId, companyId));
    return row!;
  }
  await db.insert(whatsappBotMessages).values(BOT_MESSAGE_KINDS.map((kind) => ({ whatsappAccountId: created.id, kind, body: DEFAULT_BOT_MESSAGES[kind] })));
  await db.insert(whatsappMenuOptions).values(DEFAULT_MENU_OPTIONS.map((o, i) => ({ whatsappAccountId: created.id, code: o.code, label: o.label, position: i + 1 })));
  return created;
}
