import "server-only";
import { eq } from "drizzle-orm";
import { whatsappAccounts } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { whatsappAccountFor } from "../account/whatsapp-account-for";

/**
 * The logged company's account row, locked until the caller's transaction ends: menu writes of one account run one
 * at a time, so "at least one active option" and the position swaps hold under concurrent clicks.
 */
export async function lockMenuAccount(ctx: Ctx) {
  const { id } = await whatsappAccountFor(ctx.db, ctx.companyId);
  const [account] = await ctx.db.select().from(whatsappAccounts).where(eq(whatsappAccounts.id, id)).for("update");
  return account!;
}
