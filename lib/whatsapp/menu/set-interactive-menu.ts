import "server-only";
import { eq } from "drizzle-orm";
import { whatsappAccounts } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { invalid } from "@/lib/core/errors";
import { lockMenuAccount } from "./lock-menu-account";
import { INTERACTIVE_MENU_UNOFFICIAL } from "./messages";
import type { MenuToggleInput } from "./schemas";

/** "Menu interativo": list messages need the official API, so turning it on is refused on PlugMessage (seed 002). */
export async function setInteractiveMenu({ ctx, input }: { ctx: Ctx; input: MenuToggleInput }) {
  const account = await lockMenuAccount(ctx);
  if (input.enabled && account.apiMode === "unofficial") throw invalid("enabled", INTERACTIVE_MENU_UNOFFICIAL);
  if (account.interactiveMenu === input.enabled) return { interactiveMenu: input.enabled };
  await ctx.db.update(whatsappAccounts).set({ interactiveMenu: input.enabled, updatedAt: ctx.clock.now() }).where(eq(whatsappAccounts.id, account.id));
  await recordAudit(ctx, {
    entity: "whatsapp_account", entityId: account.id, action: "update", companyId: ctx.companyId,
    before: { interactiveMenu: account.interactiveMenu }, after: { interactiveMenu: input.enabled },
  });
  return { interactiveMenu: input.enabled };
}
