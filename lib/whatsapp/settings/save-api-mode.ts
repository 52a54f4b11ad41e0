import "server-only";
import { eq } from "drizzle-orm";
import { whatsappAccounts } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { whatsappAccountFor } from "@/lib/whatsapp/account/whatsapp-account-for";
import type { ApiModeInput } from "./schemas";

export const MENU_OFF_ON_UNOFFICIAL = "O menu interativo foi desativado: não é permitido na API não oficial.";

/** Official (Meta) or unofficial (PlugMessage) API; the interactive menu does not exist on the unofficial one, so it goes off with the switch. */
export async function saveApiMode({ ctx, input }: { ctx: Ctx; input: ApiModeInput }) {
  const account = await whatsappAccountFor(ctx.db, ctx.companyId);
  const menuOff = input.apiMode === "unofficial" && account.interactiveMenu;
  await ctx.db.update(whatsappAccounts)
    .set({ apiMode: input.apiMode, ...(menuOff ? { interactiveMenu: false } : {}), updatedAt: ctx.clock.now() })
    .where(eq(whatsappAccounts.id, account.id));
  await recordAudit(ctx, {
    entity: "whatsapp_account", entityId: account.id, action: "update", companyId: ctx.companyId,
    before: { apiMode: account.apiMode, interactiveMenu: account.interactiveMenu },
    after: { apiMode: input.apiMode, interactiveMenu: menuOff ? false : account.interactiveMenu },
  });
  const label = input.apiMode === "official" ? "API oficial (Meta)" : "API não oficial (PlugMessage)";
  return { apiMode: input.apiMode, interactiveMenuTurnedOff: menuOff, message: `${label} selecionada.${menuOff ? ` ${MENU_OFF_ON_UNOFFICIAL}` : ""}` };
}
