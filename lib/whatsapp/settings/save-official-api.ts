import "server-only";
import { eq, sql } from "drizzle-orm";
import { providerAccounts, whatsappAccounts } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { encryptSecret, maskSecret } from "@/lib/core/crypto";
import { ServiceError } from "@/lib/core/errors";
import { isMetaSimulator, metaBaseUrl } from "@/lib/providers/meta/base-url";
import { whatsappAccountFor } from "@/lib/whatsapp/account/whatsapp-account-for";
import {
  credentialsOf, loggedCompanyCode, OFFICIAL_DEFAULT_LIMITS, officialAccountName, plainCredential, providerAccountById,
} from "./provider-account";
import { registerMetaApp } from "./register-meta-app";
import type { OfficialApiInput } from "./schemas";
import { WEBHOOK_URL_MISSING, whatsappWebhookUrl } from "./webhook-url";

const SECRETS = [["token", "Token"], ["appSecret", "App secret"], ["verifyToken", "Verify token"]] as const;

export type SaveOfficialApiResult = { message: string; webhookRegistered: boolean | null; webhookError: string | null };

/**
 * "API oficial": the Meta account's ids and secrets (encrypted; a blank secret keeps the stored one) on the company's
 * official provider account. Against the simulator the app is then registered there, after the commit, because the
 * simulator checks our webhook with the verify token; a failed registration keeps the save and says why.
 */
export async function saveOfficialApi({ ctx, input }: { ctx: Ctx; input: OfficialApiInput }): Promise<SaveOfficialApiResult> {
  const saved = await ctx.db.transaction(async (tx) => {
    const account = await whatsappAccountFor(tx, ctx.companyId);
    const existing = await providerAccountById(tx, account.officialAccountId);
    const plain: Record<string, string> = {};
    const fieldErrors: Record<string, string[]> = {};
    for (const [key, label] of SECRETS) {
      plain[key] = input[key] || plainCredential(existing, key);
      if (!plain[key]) fieldErrors[key] = [`${label}: obrigatório na primeira configuração.`];
    }
    if (Object.keys(fieldErrors).length) throw new ServiceError("INVALID", "Informe o token, o app secret e o verify token.", fieldErrors);

    const stored = credentialsOf(existing);
    const encrypted = (key: string) => (input[key as keyof OfficialApiInput] ? encryptSecret(plain[key]!) : stored[key]);
    const credentials = {
      token: encrypted("token"), appSecret: encrypted("appSecret"), verifyToken: encrypted("verifyToken"),
      wabaId: input.wabaId, phoneNumberId: input.phoneNumberId,
    };
    // The account follows the deployment's Graph URL (simulator in sandbox, Meta in production) on every save.
    const baseUrl = metaBaseUrl();
    const [row] = existing
      ? await tx.update(providerAccounts).set({ credentials, baseUrl, active: true }).where(eq(providerAccounts.id, existing.id)).returning()
      : await tx.insert(providerAccounts)
        .values({ provider: "meta", name: officialAccountName(loggedCompanyCode(ctx)), baseUrl, credentials, ...OFFICIAL_DEFAULT_LIMITS })
        .onConflictDoUpdate({ target: [providerAccounts.provider, providerAccounts.name], set: { credentials, baseUrl: sql`excluded.base_url`, active: true } })
        .returning();
    await tx.update(whatsappAccounts).set({ officialAccountId: row!.id, updatedAt: ctx.clock.now() }).where(eq(whatsappAccounts.id, account.id));

    const view = (ids: { wabaId?: unknown; phoneNumberId?: unknown }, secrets: Record<string, string>) => ({
      wabaId: ids.wabaId ?? null, phoneNumberId: ids.phoneNumberId ?? null,
      ...Object.fromEntries(SECRETS.map(([key]) => [key, maskSecret(secrets[key])])),
    });
    const before = existing ? view(stored, Object.fromEntries(SECRETS.map(([key]) => [key, plainCredential(existing, key)]))) : undefined;
    await recordAudit({ ...ctx, db: tx }, {
      entity: "whatsapp_official_api", entityId: account.id, action: existing ? "update" : "create", companyId: ctx.companyId,
      // Masked secrets are redacted by the audit anyway: name the ones replaced instead.
      before, after: { ...view(input, plain), replacedCredentials: SECRETS.filter(([key]) => input[key]).map(([, label]) => label) },
    });
    return { whatsappAccountId: account.id, baseUrl: row!.baseUrl, plain };
  });

  if (!isMetaSimulator(saved.baseUrl)) return { message: "API oficial salva.", webhookRegistered: null, webhookError: null };
  const callbackUrl = whatsappWebhookUrl(saved.whatsappAccountId);
  const reason = callbackUrl
    ? await registerMetaApp(saved.baseUrl, {
      wabaId: input.wabaId, phoneNumberId: input.phoneNumberId, token: saved.plain.token!, appSecret: saved.plain.appSecret!,
      verifyToken: saved.plain.verifyToken!, callbackUrl,
    })
    : WEBHOOK_URL_MISSING;
  if (reason) {
    return { message: `API oficial salva. Webhook não registrado no simulador: ${reason}`, webhookRegistered: false, webhookError: reason };
  }
  return { message: "API oficial salva e webhook registrado no simulador.", webhookRegistered: true, webhookError: null };
}
