import "server-only";
import type { WhatsappApiMode } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { maskSecret } from "@/lib/core/crypto";
import { isMetaSimulator, metaBaseUrl } from "@/lib/providers/meta/base-url";
import { isPlugSimulator, plugBaseUrl } from "@/lib/providers/plugmessage/base-url";
import { whatsappAccountFor } from "@/lib/whatsapp/account/whatsapp-account-for";
import { plugStatusView, type PlugStatusView } from "./plug-status-view";
import { credentialsOf, plainCredential, providerAccountById, type ProviderAccountRow } from "./provider-account";
import { WEBHOOK_URL_MISSING, whatsappWebhookUrl } from "./webhook-url";

export type WhatsappSettingsView = {
  apiMode: WhatsappApiMode;
  interactiveMenu: boolean;
  official: {
    configured: boolean; wabaId: string; phoneNumberId: string;
    /** Masked (last 4 characters at most); "" when not stored. */
    maskedToken: string; maskedAppSecret: string; maskedVerifyToken: string;
    simulator: boolean;
  };
  webhook: { url: string | null; note: string | null };
  plug: { hasToken: boolean; maskedToken: string; simulator: boolean; status: PlugStatusView };
  sendAgent: { mode: WhatsappApiMode; ready: boolean; accountName: string | null; limitPerDay: number | null; limitPerBatch: number | null };
};

const text = (value: unknown) => (typeof value === "string" ? value : "");

/** The "Configurações" tab: never a secret in plain text, only masks; the sending limits of the active API's account. */
export async function getWhatsappSettings({ ctx }: { ctx: Ctx; input?: unknown }): Promise<WhatsappSettingsView> {
  const account = await whatsappAccountFor(ctx.db, ctx.companyId);
  const [official, plug] = await Promise.all([
    providerAccountById(ctx.db, account.officialAccountId), providerAccountById(ctx.db, account.unofficialAccountId),
  ]);
  const sending: ProviderAccountRow | null = account.apiMode === "official" ? official : plug;
  const webhookUrl = whatsappWebhookUrl(account.id);
  const plugToken = plainCredential(plug, "token");
  return {
    apiMode: account.apiMode,
    interactiveMenu: account.interactiveMenu,
    official: {
      configured: Boolean(official),
      wabaId: text(credentialsOf(official).wabaId),
      phoneNumberId: text(credentialsOf(official).phoneNumberId),
      maskedToken: maskSecret(plainCredential(official, "token")),
      maskedAppSecret: maskSecret(plainCredential(official, "appSecret")),
      maskedVerifyToken: maskSecret(plainCredential(official, "verifyToken")),
      simulator: isMetaSimulator(official?.baseUrl ?? metaBaseUrl()),
    },
    webhook: { url: webhookUrl, note: webhookUrl ? null : WEBHOOK_URL_MISSING },
    plug: {
      hasToken: Boolean(plugToken), maskedToken: maskSecret(plugToken), simulator: isPlugSimulator(plug?.baseUrl ?? plugBaseUrl()),
      status: await plugStatusView(account, ctx.clock.now()),
    },
    sendAgent: {
      mode: account.apiMode, ready: Boolean(sending), accountName: sending?.name ?? null,
      limitPerDay: sending?.limitPerDay ?? null, limitPerBatch: sending?.limitPerBatch ?? null,
    },
  };
}
