import "server-only";
import { and, eq } from "drizzle-orm";
import { whatsappAccounts, whatsappMenuOptions } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { invalid } from "@/lib/core/errors";
import { lockMenuAccount } from "./lock-menu-account";
import { ONE_ACTIVE_OPTION } from "./messages";
import type { MenuToggleInput } from "./schemas";

/**
 * "Assistente virtual": off, the bot only sends the welcome and transfer messages and the debtor is not identified
 * (seed 002); on, it needs at least one active option to offer.
 */
export async function setVirtualAssistant({ ctx, input }: { ctx: Ctx; input: MenuToggleInput }) {
  const account = await lockMenuAccount(ctx);
  if (input.enabled) {
    const [active] = await ctx.db.select({ id: whatsappMenuOptions.id }).from(whatsappMenuOptions)
      .where(and(eq(whatsappMenuOptions.whatsappAccountId, account.id), eq(whatsappMenuOptions.active, true))).limit(1);
    if (!active) throw invalid("enabled", `${ONE_ACTIVE_OPTION} Ative uma opção antes de ligar o assistente.`);
  }
  if (account.virtualAssistant === input.enabled) return { virtualAssistant: input.enabled };
  await ctx.db.update(whatsappAccounts).set({ virtualAssistant: input.enabled, updatedAt: ctx.clock.now() }).where(eq(whatsappAccounts.id, account.id));
  await recordAudit(ctx, {
    entity: "whatsapp_account", entityId: account.id, action: "update", companyId: ctx.companyId,
    before: { virtualAssistant: account.virtualAssistant }, after: { virtualAssistant: input.enabled },
  });
  return { virtualAssistant: input.enabled };
}
