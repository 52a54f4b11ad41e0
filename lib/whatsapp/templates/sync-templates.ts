import type { Db } from "@/db/client";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { whatsappAccountFor, type WhatsappAccount } from "@/lib/whatsapp/account/whatsapp-account-for";
import { applyRemoteTemplates, type SyncCounts } from "./apply-remote-templates";
import { listRemote } from "./meta-gateway";
import { officialCredentials, requireOfficialCredentials } from "./official-credentials";
import { metaRefusal } from "./provider-error";

/** One company's sync for the GERFP095 process: null when the official API is not configured there. */
export async function syncAccountTemplates(db: Db, account: WhatsappAccount, now: Date): Promise<SyncCounts | { error: string } | null> {
  if (account.apiMode !== "official") return null;
  const credentials = await officialCredentials(db, account);
  if (!credentials) return null;
  const remote = await listRemote(credentials);
  if (!remote.ok) return { error: `${remote.message} (${remote.code})` };
  return db.transaction((tx) => applyRemoteTemplates(tx, account, remote.items, now));
}

/** "Sincronizar": statuses from Meta and templates created directly there, for the logged company. */
export async function syncTemplates({ ctx }: { ctx: Ctx; input?: unknown }): Promise<SyncCounts & { message: string }> {
  const account = await whatsappAccountFor(ctx.db, ctx.companyId);
  const credentials = await requireOfficialCredentials(ctx.db, account);
  const remote = await listRemote(credentials);
  if (!remote.ok) throw metaRefusal("Não foi possível consultar os modelos na Meta", remote);
  const counts = await ctx.db.transaction(async (tx) => {
    const applied = await applyRemoteTemplates(tx, account, remote.items, ctx.clock.now());
    await recordAudit({ ...ctx, db: tx }, { entity: "whatsapp_template", entityId: account.id, action: "sync", companyId: ctx.companyId, after: applied });
    return applied;
  });
  const parts = [`${counts.remote} modelo(s) na Meta`, `${counts.updated} atualizado(s)`, `${counts.imported} importado(s)`];
  if (counts.missing) parts.push(`${counts.missing} não encontrado(s) na Meta`);
  return { ...counts, message: `Sincronizado: ${parts.join(", ")}.` };
}
