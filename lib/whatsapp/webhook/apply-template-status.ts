import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { whatsappTemplates } from "@/db/schema";
import { notifyUser } from "@/lib/notifications/notify-user";
import { META_REJECTION_REASON_LABELS } from "@/lib/providers/meta/wire";
import { META_STATUS_TO_OURS, TEMPLATE_STATUS_LABELS } from "@/lib/whatsapp/templates/labels";
import type { ItemResult } from "./log-webhook-item";
import type { TemplateStatusValue } from "./payload";
import type { WebhookAccount } from "./webhook-account";

/** Meta's reason in Portuguese; an unknown code is shown as Meta sent it. */
const rejectionReasonLabel = (reason: string | null | undefined) =>
  META_REJECTION_REASON_LABELS[(reason || "NONE") as keyof typeof META_REJECTION_REASON_LABELS] ?? reason!;

/**
 * Meta's review of a template (message_template_status_update): the status and, when rejected, the reason in
 * Portuguese; the account's admin user is told. A replay of the current status changes nothing and notifies no one.
 */
export async function applyTemplateStatus(
  db: DbOrTx, account: WebhookAccount, value: TemplateStatusValue, now: Date, entryTime?: number,
): Promise<ItemResult> {
  const [template] = await db.select().from(whatsappTemplates)
    .where(and(eq(whatsappTemplates.metaTemplateId, value.message_template_id), eq(whatsappTemplates.whatsappAccountId, account.id)))
    .for("update");
  if (!template) {
    return { outcome: "ignored", detail: `Modelo desconhecido: ${value.message_template_id} (${value.message_template_name ?? "sem nome"})` };
  }
  const status = META_STATUS_TO_OURS[value.event];
  if (!status) return { outcome: "ignored", detail: `Evento de modelo desconhecido: ${value.event} (${template.name})` };
  const rejectionReason = status === "rejected" ? rejectionReasonLabel(value.reason) : null;
  if (template.status === status && template.rejectionReason === rejectionReason) {
    return { outcome: "duplicate", detail: `Modelo ${template.name} já estava ${TEMPLATE_STATUS_LABELS[status]}` };
  }
  await db.update(whatsappTemplates).set({ status, rejectionReason, statusChangedAt: now, updatedAt: now })
    .where(eq(whatsappTemplates.id, template.id));
  if (account.adminUserId) {
    await notifyUser(db, {
      userId: account.adminUserId, companyId: account.companyId, at: now,
      title: `Modelo ${template.name}: ${TEMPLATE_STATUS_LABELS[status]}`,
      body: rejectionReason ? `Motivo da rejeição: ${rejectionReason}` : undefined,
      href: `/whatsapp/templates/${template.id}`,
      dedupeKey: `template:${template.id}:${value.event}:${entryTime ?? now.getTime()}`,
    });
  }
  return {
    outcome: "applied",
    detail: `Modelo ${template.name}: ${TEMPLATE_STATUS_LABELS[template.status]} → ${TEMPLATE_STATUS_LABELS[status]}${rejectionReason ? ` (${rejectionReason})` : ""}`,
  };
}
