import "server-only";
import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { providerAccounts, whatsappAccounts } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { encryptSecret } from "@/lib/core/crypto";
import { invalid, ServiceError } from "@/lib/core/errors";
import { createPlugMessageAdapter } from "@/lib/providers/plugmessage/adapter";
import { isPlugSimulator, plugBaseUrl } from "@/lib/providers/plugmessage/base-url";
import { whatsappAccountFor } from "@/lib/whatsapp/account/whatsapp-account-for";
import { plugStatusView } from "./plug-status-view";
import {
  credentialsOf, loggedCompanyCode, plainCredential, providerAccountById, UNOFFICIAL_DEFAULT_LIMITS, unofficialAccountName,
} from "./provider-account";
import type { ConnectPlugInput } from "./schemas";

/**
 * "Conectar-se ao PlugMessage": opens a session with the typed token (or the stored one; against the simulator a
 * generated one the first time) and keeps it as the one waiting for the QR read. The token is stored only once
 * PlugMessage accepted it. A still-valid earlier session keeps sending until the new one connects.
 */
export async function connectPlugMessage({ ctx, input }: { ctx: Ctx; input: ConnectPlugInput }) {
  const account = await whatsappAccountFor(ctx.db, ctx.companyId);
  const existing = await providerAccountById(ctx.db, account.unofficialAccountId);
  // The account follows the deployment's PlugMessage URL (simulator in sandbox) on every connection.
  const baseUrl = plugBaseUrl();
  let token = input.token || plainCredential(existing, "token");
  const newToken = Boolean(input.token) || !token;
  if (!token) {
    if (!isPlugSimulator(baseUrl)) throw invalid("token", "Informe o token do PlugMessage.");
    token = `sandbox-${randomBytes(12).toString("hex")}`;
  }

  const created = await createPlugMessageAdapter({ provider: "plugmessage", baseUrl, credentials: { token } }).createSession();
  if (!created.ok) {
    const message = `Não foi possível conectar ao PlugMessage: ${created.message}`;
    throw new ServiceError(created.retryable ? "PROVIDER_UNAVAILABLE" : "PROVIDER_REJECTED", message, created.code === "401" ? { token: [message] } : {});
  }

  const now = ctx.clock.now();
  const updated = await ctx.db.transaction(async (tx) => {
    const credentials = { ...credentialsOf(existing), token: newToken ? encryptSecret(token) : credentialsOf(existing).token };
    const [row] = existing
      ? await tx.update(providerAccounts).set({ credentials, baseUrl, active: true }).where(eq(providerAccounts.id, existing.id)).returning()
      : await tx.insert(providerAccounts)
        .values({ provider: "plugmessage", name: unofficialAccountName(loggedCompanyCode(ctx)), baseUrl, credentials, ...UNOFFICIAL_DEFAULT_LIMITS })
        .onConflictDoUpdate({ target: [providerAccounts.provider, providerAccounts.name], set: { credentials, baseUrl: sql`excluded.base_url`, active: true } })
        .returning();
    const [saved] = await tx.update(whatsappAccounts)
      .set({ unofficialAccountId: row!.id, plugSessionId: created.session.id, plugConnectedAt: null, plugExpiresAt: null, updatedAt: now })
      .where(eq(whatsappAccounts.id, account.id)).returning();
    await recordAudit({ ...ctx, db: tx }, {
      entity: "whatsapp_plugmessage", entityId: account.id, action: "connect", companyId: ctx.companyId,
      before: { sessionId: account.plugSessionId }, after: { sessionId: created.session.id, newToken },
    });
    return saved!;
  });
  return { sessionId: created.session.id, ...(await plugStatusView(updated, now, created.session.qr)) };
}
