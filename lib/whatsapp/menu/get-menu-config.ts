import "server-only";
import { asc, eq } from "drizzle-orm";
import { whatsappMenuOptions } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { whatsappAccountFor } from "../account/whatsapp-account-for";
import { menuStyle } from "./menu-style";

/** The Menu tab: options in position order, the two toggles and the API mode that limits them. */
export async function getMenuConfig({ ctx }: { ctx: Ctx }) {
  const account = await whatsappAccountFor(ctx.db, ctx.companyId);
  const options = await ctx.db
    .select({ id: whatsappMenuOptions.id, code: whatsappMenuOptions.code, label: whatsappMenuOptions.label, active: whatsappMenuOptions.active, position: whatsappMenuOptions.position })
    .from(whatsappMenuOptions)
    .where(eq(whatsappMenuOptions.whatsappAccountId, account.id))
    .orderBy(asc(whatsappMenuOptions.position), asc(whatsappMenuOptions.id));
  return {
    options,
    apiMode: account.apiMode,
    interactiveMenu: account.interactiveMenu,
    virtualAssistant: account.virtualAssistant,
    style: menuStyle(account),
  };
}

export type MenuConfig = Awaited<ReturnType<typeof getMenuConfig>>;
export type MenuOptionRow = MenuConfig["options"][number];
