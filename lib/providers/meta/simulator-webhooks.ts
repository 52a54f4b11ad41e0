import { randomBytes } from "node:crypto";
import { signPayload } from "./signature";
import type { MetaDelivery, MetaSimApp, MetaSimMessage, MetaSimTemplate, MetaSimulatorState } from "./simulator-state";
import {
  META_ERROR_CODES, META_SIGNATURE_HEADER, toMetaPhone, type MetaRejectionReason, type MetaStatus, type MetaStatusName,
  type MetaTemplateStatus, type MetaWebhookChange, type MetaWebhookPayload,
} from "./wire";

const seconds = (at: Date) => String(Math.floor(at.getTime() / 1000));

function payloadOf(app: MetaSimApp, change: MetaWebhookChange, at: Date): MetaWebhookPayload {
  return { object: "whatsapp_business_account", entry: [{ id: app.wabaId, time: Number(seconds(at)), changes: [change] }] };
}

const metadataOf = (app: MetaSimApp) => ({ display_phone_number: app.displayPhoneNumber, phone_number_id: app.phoneNumberId });

/** POSTs one webhook, signed with the app secret, after the app's earlier ones; the outcome goes to the deliveries log. */
export function postWebhook(state: MetaSimulatorState, app: MetaSimApp, kind: MetaDelivery["kind"], summary: string, change: MetaWebhookChange): Promise<void> {
  const epoch = state.epoch;
  const raw = JSON.stringify(payloadOf(app, change, state.now()));
  const previous = state.queues.get(app.wabaId) ?? Promise.resolve();
  const next = previous.then(async () => {
    let outcome: Pick<MetaDelivery, "httpStatus" | "ok" | "error">;
    try {
      const response = await fetch(app.callbackUrl, {
        method: "POST",
        headers: { "content-type": "application/json", [META_SIGNATURE_HEADER]: signPayload(raw, app.appSecret) },
        body: raw,
        signal: AbortSignal.timeout(state.deliveryTimeoutMs),
      });
      await response.arrayBuffer().catch(() => undefined);
      outcome = { httpStatus: response.status, ok: response.ok };
    } catch (error) {
      outcome = { httpStatus: null, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    if (epoch === state.epoch) state.logDelivery({ at: state.now(), kind, url: app.callbackUrl, summary, ...outcome });
  });
  state.queues.set(app.wabaId, next);
  return state.track(next);
}

/**
 * Meta's subscription check: GET the callback with hub.mode/hub.verify_token/hub.challenge; the endpoint must answer
 * 200 with the challenge. Null when it did; otherwise the reason, in Portuguese.
 */
export async function verifyCallback(state: MetaSimulatorState, app: Pick<MetaSimApp, "callbackUrl" | "verifyToken">): Promise<string | null> {
  const challenge = String(Math.floor(Number(`0x${randomBytes(4).toString("hex")}`)));
  const url = new URL(app.callbackUrl);
  url.searchParams.set("hub.mode", "subscribe");
  url.searchParams.set("hub.verify_token", app.verifyToken);
  url.searchParams.set("hub.challenge", challenge);
  let reason: string | null;
  let httpStatus: number | null = null;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(state.deliveryTimeoutMs) });
    httpStatus = response.status;
    const text = (await response.text()).trim();
    if (!response.ok) reason = `O endereço do webhook respondeu HTTP ${response.status} à verificação (confira o token de verificação).`;
    else if (text !== challenge) reason = "O endereço do webhook não devolveu o hub.challenge na verificação.";
    else reason = null;
  } catch (error) {
    reason = `Não foi possível verificar o endereço do webhook: ${error instanceof Error ? error.message : String(error)}`;
  }
  state.logDelivery({ at: state.now(), kind: "verification", url: app.callbackUrl, summary: "Verificação (hub.challenge)", httpStatus, ok: reason === null, ...(reason ? { error: reason } : {}) });
  return reason;
}

/** Moves a template to a reviewed status and tells the app, as `message_template_status_update`. */
export function decideTemplate(state: MetaSimulatorState, template: MetaSimTemplate, event: MetaTemplateStatus, reason: MetaRejectionReason = "NONE") {
  template.status = event;
  template.updatedAt = state.now();
  if (event === "REJECTED") template.rejectedReason = reason;
  else delete template.rejectedReason;
  const app = state.appFor(template.wabaId);
  if (!app) return;
  void postWebhook(state, app, "template_status", `Modelo ${template.name}: ${event}${event === "REJECTED" ? ` (${reason})` : ""}`, {
    field: "message_template_status_update",
    value: {
      event, message_template_id: Number(template.id), message_template_name: template.name,
      message_template_language: template.language, reason: event === "REJECTED" ? reason : "NONE",
    },
  });
}

const folded = (text: string) => text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();

/** Automatic review after the rules' delay (none when manual only): a reject word ⇒ REJECTED (ABUSIVE_CONTENT), else APPROVED. */
export function scheduleReview(state: MetaSimulatorState, template: MetaSimTemplate) {
  const { autoReviewMs } = state.reviewRules;
  if (autoReviewMs === null) return;
  const revision = template.revision;
  state.schedule(autoReviewMs, () => {
    if (template.revision !== revision || template.status !== "PENDING" || state.templates.get(template.id) !== template) return;
    const body = folded(template.body);
    const rejected = state.reviewRules.rejectWords.some((word) => body.includes(folded(word)));
    decideTemplate(state, template, rejected ? "REJECTED" : "APPROVED", rejected ? "ABUSIVE_CONTENT" : "NONE");
  });
}

const RANK: Record<MetaStatusName, number> = { sent: 1, delivered: 2, read: 3, failed: 4 };

/** A permutation of 0..n-1 other than the identity (n ≥ 2). */
function scrambled(state: MetaSimulatorState, n: number): number[] {
  const order = [...Array(n).keys()];
  for (let i = n - 1; i > 0; i -= 1) {
    const j = Math.floor(state.random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order.every((v, i) => v === i) ? order.reverse() : order;
}

/**
 * The status callbacks of an accepted send: sent, delivered and (with autoRead) read at their delays; a failing number
 * gets only `failed` (131026). With probability `shuffle` the statuses trade places, so callbacks arrive out of order.
 */
export function scheduleStatuses(state: MetaSimulatorState, app: MetaSimApp, message: MetaSimMessage, failing: boolean) {
  const delays = state.statusDelaysMs;
  if (failing) {
    state.schedule(delays.sent, () => emitStatus(state, app, message, "failed"));
    return;
  }
  const statuses: Exclude<MetaStatusName, "failed">[] = state.statusOptions.autoRead ? ["sent", "delivered", "read"] : ["sent", "delivered"];
  const order = state.random() < state.statusOptions.shuffle ? scrambled(state, statuses.length) : statuses.map((_, i) => i);
  statuses.forEach((slot, i) => state.schedule(delays[slot], () => emitStatus(state, app, message, statuses[order[i]!]!)));
}

function emitStatus(state: MetaSimulatorState, app: MetaSimApp, message: MetaSimMessage, status: MetaStatusName) {
  if (message.status === "accepted" || RANK[status] > RANK[message.status]) message.status = status;
  const entry: MetaStatus = { id: message.id, status, timestamp: seconds(state.now()), recipient_id: toMetaPhone(message.phone) };
  if (status === "failed") {
    entry.errors = [{
      code: META_ERROR_CODES.undeliverable, title: "Message undeliverable",
      message: "Message undeliverable", error_data: { details: "Message failed to send because the recipient cannot be reached." },
    }];
  }
  return postWebhook(state, app, "statuses", `${status} ${message.id} → ${message.phone}`, {
    field: "messages", value: { messaging_product: "whatsapp", metadata: metadataOf(app), statuses: [entry] },
  });
}

/** A customer writes: opens the phone's 24-hour window and POSTs the inbound `messages` webhook. */
export function receiveInbound(state: MetaSimulatorState, app: MetaSimApp, input: { phone: string; text: string; name: string }) {
  const at = state.now();
  const id = state.newWamid(toMetaPhone(input.phone));
  state.windows.set(`${app.wabaId}|${input.phone}`, at);
  state.inbound.unshift({ id, wabaId: app.wabaId, phone: input.phone, name: input.name, text: input.text, at });
  const waId = toMetaPhone(input.phone);
  void postWebhook(state, app, "messages", `Mensagem de ${input.phone}: ${input.text.slice(0, 60)}`, {
    field: "messages",
    value: {
      messaging_product: "whatsapp", metadata: metadataOf(app),
      contacts: [{ profile: { name: input.name }, wa_id: waId }],
      messages: [{ from: waId, id, timestamp: seconds(at), type: "text", text: { body: input.text } }],
    },
  });
  return { id, windowOpenUntil: new Date(at.getTime() + 24 * 3_600_000) };
}
