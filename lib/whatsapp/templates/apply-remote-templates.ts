import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { whatsappTemplates, type TemplateCategory } from "@/db/schema";
import { notifyUser } from "@/lib/notifications/notify-user";
import type { WhatsappAccount } from "@/lib/whatsapp/account/whatsapp-account-for";
import { META_STATUS_TO_OURS, TEMPLATE_STATUS_LABELS } from "./labels";
import type { RemoteTemplate } from "./meta-gateway";

export type SyncCounts = { remote: number; updated: number; imported: number; unchanged: number; missing: number };

/**
 * Brings the account's templates in line with Meta's list: statuses (and reasons) of known ones, templates created
 * directly in Meta imported (mapping still to do), local ones Meta no longer has counted as missing (kept, not deleted).
 * The account's admin user is notified when a template becomes approved or rejected.
 */
export async function applyRemoteTemplates(db: DbOrTx, account: WhatsappAccount, remote: RemoteTemplate[], now: Date): Promise<SyncCounts> {
  const local = await db.select().from(whatsappTemplates).where(eq(whatsappTemplates.whatsappAccountId, account.id)).for("update");
  const byMetaId = new Map(local.filter((t) => t.metaTemplateId).map((t) => [t.metaTemplateId!, t]));
  const byName = new Map(local.map((t) => [`${t.name}|${t.language}`, t]));
  const counts: SyncCounts = { remote: remote.length, updated: 0, imported: 0, unchanged: 0, missing: 0 };
  const seen = new Set<number>();
  for (const item of remote) {
    const status = META_STATUS_TO_OURS[item.status] ?? "pending";
    const category: TemplateCategory = item.category === "MARKETING" ? "MARKETING" : "UTILITY";
    const found = byMetaId.get(item.id) ?? byName.get(`${item.name}|${item.language}`);
    if (!found) {
      await db.insert(whatsappTemplates).values({
        whatsappAccountId: account.id, companyId: account.companyId, name: item.name, category, language: item.language, body: item.body,
        status, rejectionReason: status === "rejected" ? item.rejectedReason : null, metaTemplateId: item.id, imported: true,
        statusChangedAt: now, createdAt: now, updatedAt: now,
      }).onConflictDoNothing();
      counts.imported++;
      continue;
    }
    seen.add(found.id);
    const reason = status === "rejected" ? item.rejectedReason : null;
    if (found.status === status && found.metaTemplateId === item.id && (found.rejectionReason ?? null) === reason) {
      counts.unchanged++;
      continue;
    }
    await db.update(whatsappTemplates).set({
      status, rejectionReason: reason, metaTemplateId: item.id, updatedAt: now,
      ...(found.status !== status ? { statusChangedAt: now } : {}),
    }).where(eq(whatsappTemplates.id, found.id));
    counts.updated++;
    if (found.status !== status) await notifyStatus(db, account, found.id, found.name, status, reason, now);
  }
  counts.missing = local.filter((t) => t.metaTemplateId && !seen.has(t.id)).length;
  return counts;
}

/** Tells the account's admin user (Conta tab) that a template was approved or rejected; once per template and status. */
export async function notifyStatus(
  db: DbOrTx, account: WhatsappAccount, templateId: number, name: string, status: keyof typeof TEMPLATE_STATUS_LABELS, reason: string | null, at: Date,
) {
  if (!account.adminUserId || (status !== "approved" && status !== "rejected")) return;
  await notifyUser(db, {
    userId: account.adminUserId, companyId: account.companyId,
    title: `Modelo ${name}: ${TEMPLATE_STATUS_LABELS[status]}`,
    body: status === "rejected" ? `Motivo: ${reason ?? "não informado pela Meta"}. Altere o texto e reenvie, ou crie outro modelo.` : "Associe os coringas para usá-lo no início de conversas.",
    href: `/whatsapp/templates/${templateId}`,
    dedupeKey: `template:${templateId}:${status}:${at.toISOString()}`,
    at,
  });
}
