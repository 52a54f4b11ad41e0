import type { WhatsappApiMode } from "@/db/schema/whatsapp";

export type MenuStyle = "interactive" | "simple";

/** How the bot shows the menu: interactive only when asked for and the official API can send list messages. */
export function menuStyle(account: { apiMode: WhatsappApiMode; interactiveMenu: boolean }): MenuStyle {
  return account.interactiveMenu && account.apiMode === "official" ? "interactive" : "simple";
}
