import "server-only";
import { eq } from "drizzle-orm";
import { providerAccounts, whatsappAccounts } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { ServiceError } from "@/lib/core/errors";
import { PLUG_SESSION_MS, type PlugSession } from "@/lib/providers/plugmessage/wire";
import { whatsappAccountFor, type WhatsappAccount } from "@/lib/whatsapp/account/whatsapp-account-for";
import { plugAdapterFor } from "./plug-adapter-for";
import { plugStatusView, type PlugStatusView } from "./plug-status-view";
import { credentialsOf, providerAccountById } from "./provider-account";

type SessionColumns = Pick<WhatsappAccount, "plugSessionId" | "plugConnectedAt" | "plugExpiresAt">;

/** The columns PlugMessage's answer implies, or null when nothing changes (the page polls every few seconds). */
function sessionColumns(account: WhatsappAccount, session: PlugSession, now: Date): SessionColumns | null {
  if (session.status === "qr") return null;
  if (session.status === "connected") {
    const connectedAt = session.connectedAt ?? account.plugConnectedAt ?? now;
    const expiresAt = session.expiresAt ?? new Date(connectedAt.getTime() + PLUG_SESSION_MS);
    const same = account.plugConnectedAt?.getTime() === connectedAt.getTime() && account.plugExpiresAt?.getTime() === expiresAt.getTime();
    return same ? null : { plugSessionId: session.id, plugConnectedAt: connectedAt, plugExpiresAt: expiresAt };
  }
  // Expired or disconnected at PlugMessage (phone logged out, session ended): "desconectado" from now on.
  if (!account.plugConnectedAt) return { plugSessionId: null, plugConnectedAt: null, plugExpiresAt: null };
  if (account.plugExpiresAt && account.plugExpiresAt <= now) return null;
  return { plugSessionId: session.id, plugConnectedAt: account.plugConnectedAt, plugExpiresAt: now };
}

/**
 * Reads the session at PlugMessage and stores when it connected and until when it is valid; a connected session
 * becomes the one the sending account uses. Answers the card's view (with the current QR while waiting).
 */
export async function refreshPlugMessageStatus({ ctx }: { ctx: Ctx; input?: unknown }): Promise<PlugStatusView> {
  const account = await whatsappAccountFor(ctx.db, ctx.companyId);
  const row = await providerAccountById(ctx.db, account.unofficialAccountId);
  const now = ctx.clock.now();
  if (!account.plugSessionId || !row) return plugStatusView(account, now);

  const answer = await plugAdapterFor(row).getSession(account.plugSessionId);
  if (!answer.ok) {
    throw new ServiceError(answer.retryable ? "PROVIDER_UNAVAILABLE" : "PROVIDER_REJECTED", `Não foi possível consultar o PlugMessage: ${answer.message}`);
  }
  const columns = sessionColumns(account, answer.session, now);
  if (!columns) return plugStatusView(account, now, answer.session.qr);

  const updated = await ctx.db.transaction(async (tx) => {
    const [saved] = await tx.update(whatsappAccounts).set({ ...columns, updatedAt: now }).where(eq(whatsappAccounts.id, account.id)).returning();
    if (answer.session.status === "connected") {
      await tx.update(providerAccounts)
        .set({ credentials: { ...credentialsOf(row), sessionId: answer.session.id } })
        .where(eq(providerAccounts.id, row.id));
    }
    return saved!;
  });
  return plugStatusView(updated, now, answer.session.qr);
}
