import type { DbOrTx } from "@/db/client";
import { notifyUser } from "@/lib/notifications/notify-user";
import type { WhatsappAccount } from "@/lib/whatsapp/account/whatsapp-account-for";
import { plugSessionState } from "@/lib/whatsapp/settings/plug-session-state";

/**
 * Tells the account's admin user (Conta tab) that the PlugMessage session is about to expire or has expired, once per
 * session end and state. Returns the state's message when a notice applies (for the run's LOG), else null.
 */
export async function notifyPlugSession(db: DbOrTx, account: WhatsappAccount, now: Date): Promise<string | null> {
  if (account.apiMode !== "unofficial") return null;
  const state = plugSessionState(account, now);
  if (state.state !== "expiring" && state.state !== "expired") return null;
  if (account.adminUserId) {
    await notifyUser(db, {
      userId: account.adminUserId, companyId: account.companyId,
      title: state.state === "expired" ? "PlugMessage desconectado" : "Sessão do PlugMessage perto de expirar",
      body: state.message, href: "/whatsapp/settings",
      dedupeKey: `plug:${account.id}:${state.expiresAt.toISOString()}:${state.state}`, at: now,
    });
  }
  return state.message;
}
