import "server-only";
import { eq } from "drizzle-orm";
import { providerAccounts, whatsappAccounts } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { ServiceError } from "@/lib/core/errors";
import { whatsappAccountFor } from "@/lib/whatsapp/account/whatsapp-account-for";
import { plugAdapterFor } from "./plug-adapter-for";
import { plugStatusView } from "./plug-status-view";
import { credentialsOf, providerAccountById } from "./provider-account";

/** Ends the session at PlugMessage and here: the unofficial number stops sending until the QR code is read again. */
export async function disconnectPlugMessage({ ctx }: { ctx: Ctx; input?: unknown }) {
  const account = await whatsappAccountFor(ctx.db, ctx.companyId);
  const row = await providerAccountById(ctx.db, account.unofficialAccountId);
  const sessions = [...new Set([account.plugSessionId, credentialsOf(row).sessionId].filter((id): id is string => typeof id === "string" && id !== ""))];
  if (row) {
    for (const sessionId of sessions) {
      const answer = await plugAdapterFor(row).disconnect(sessionId);
      if (!answer.ok) throw new ServiceError("PROVIDER_UNAVAILABLE", `Não foi possível desconectar no PlugMessage: ${answer.message}`);
    }
  }
  const now = ctx.clock.now();
  const updated = await ctx.db.transaction(async (tx) => {
    const [saved] = await tx.update(whatsappAccounts)
      .set({ plugSessionId: null, plugConnectedAt: null, plugExpiresAt: null, updatedAt: now })
      .where(eq(whatsappAccounts.id, account.id)).returning();
    if (row) {
      const { sessionId: _dropped, ...credentials } = credentialsOf(row);
      await tx.update(providerAccounts).set({ credentials }).where(eq(providerAccounts.id, row.id));
    }
    await recordAudit({ ...ctx, db: tx }, {
      entity: "whatsapp_plugmessage", entityId: account.id, action: "disconnect", companyId: ctx.companyId,
      before: { sessionId: account.plugSessionId, expiresAt: account.plugExpiresAt }, after: { sessionId: null },
    });
    return saved!;
  });
  return { ...(await plugStatusView(updated, now)), message: "PlugMessage desconectado." };
}
