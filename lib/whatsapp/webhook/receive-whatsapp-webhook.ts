import type { Db, DbOrTx } from "@/db/client";
import type { Clock } from "@/lib/core/clock";
import { verifySignature } from "@/lib/providers/meta/signature";
import { applyMessageStatus } from "./apply-message-status";
import { applyTemplateStatus } from "./apply-template-status";
import { logWebhookItem, type ItemResult } from "./log-webhook-item";
import {
  inboundItem, issuesText, messagesValue, statusItem, templateStatusValue, webhookEnvelope,
} from "./payload";
import { recordInboundMessage } from "./record-inbound-message";
import type { WebhookAnswer } from "./verify-subscription";
import { loadWebhookAccount, type WebhookAccount } from "./webhook-account";

const json = (status: number, body: unknown): WebhookAnswer => ({ status, body: JSON.stringify(body), contentType: "application/json" });

type Item = { kind: string; payload: unknown; apply: () => Promise<ItemResult> };

const ignored = (kind: string, payload: unknown, detail: string): Item =>
  ({ kind, payload, apply: async () => ({ outcome: "ignored", detail }) });

/** Every item of every change, each with how to apply it; anything we do not handle is logged as ignored. */
function itemsOf(db: DbOrTx, account: WebhookAccount, body: unknown, now: Date): Item[] {
  const envelope = webhookEnvelope.safeParse(body);
  if (!envelope.success) return [ignored("envelope", body, `Corpo fora do formato da Meta: ${issuesText(envelope.error)}`)];
  if (envelope.data.object !== "whatsapp_business_account") {
    return [ignored("envelope", body, `Objeto não tratado: ${envelope.data.object}`)];
  }
  const items: Item[] = [];
  for (const entry of envelope.data.entry) {
    for (const change of entry.changes) {
      if (change.field === "message_template_status_update") {
        const value = templateStatusValue.safeParse(change.value);
        items.push(value.success
          ? { kind: "template_status", payload: change.value, apply: () => applyTemplateStatus(db, account, value.data, now, entry.time) }
          : ignored("template_status", change.value, `Atualização de modelo inválida: ${issuesText(value.error)}`));
        continue;
      }
      if (change.field !== "messages") {
        items.push(ignored(change.field, change.value, `Campo não tratado: ${change.field}`));
        continue;
      }
      const value = messagesValue.safeParse(change.value);
      if (!value.success) {
        items.push(ignored("messages", change.value, `Alteração inválida: ${issuesText(value.error)}`));
        continue;
      }
      for (const raw of value.data.statuses) {
        const status = statusItem.safeParse(raw);
        items.push(status.success
          ? { kind: "status", payload: raw, apply: () => applyMessageStatus(db, account, status.data, now) }
          : ignored("status", raw, `Status inválido: ${issuesText(status.error)}`));
      }
      for (const raw of value.data.messages) {
        const message = inboundItem.safeParse(raw);
        items.push(message.success
          ? { kind: "message", payload: raw, apply: () => recordInboundMessage(db, account, message.data) }
          : ignored("message", raw, `Mensagem inválida: ${issuesText(message.error)}`));
      }
    }
  }
  return items;
}

/**
 * Meta's POST to /api/webhooks/whatsapp/<account>: the signature on the raw body first (anything unsigned changes
 * nothing), then every item in one transaction, each logged. Replays are harmless, so answering 200 is always safe.
 */
export async function receiveWhatsappWebhook(
  db: Db, clock: Clock, accountId: string, rawBody: string, signature: string | null,
): Promise<WebhookAnswer> {
  const account = await loadWebhookAccount(db, accountId);
  if (!account) return json(404, { error: "Conta WhatsApp não encontrada" });
  const now = clock.now();
  if (!account.appSecret || !verifySignature(rawBody, signature, account.appSecret)) {
    const detail = !account.appSecret ? "App secret da API oficial não configurado"
      : signature ? "Assinatura X-Hub-Signature-256 inválida" : "Sem cabeçalho X-Hub-Signature-256";
    await logWebhookItem(db, { accountId: account.id, kind: "signature", outcome: "refused", detail, at: now });
    return json(401, { error: detail });
  }
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    await logWebhookItem(db, { accountId: account.id, kind: "envelope", outcome: "refused", detail: "Corpo não é JSON", at: now });
    return json(400, { error: "Corpo não é JSON" });
  }
  try {
    await db.transaction(async (tx) => {
      for (const item of itemsOf(tx, account, body, now)) {
        const result = await item.apply();
        await logWebhookItem(tx, { accountId: account.id, kind: item.kind, payload: item.payload, at: now, ...result });
      }
    });
  } catch (error) {
    // Nothing was applied; Meta retries a non-200, and every item is idempotent.
    console.error("[whatsapp] webhook não aplicado", error);
    return json(500, { error: "Erro ao aplicar a notificação; reenvie" });
  }
  return json(200, { ok: true });
}
