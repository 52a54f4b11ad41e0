import { createHash, timingSafeEqual } from "node:crypto";
import type { DbOrTx } from "@/db/client";
import { loadWebhookAccount } from "./webhook-account";

export type WebhookAnswer = { status: number; body: string; contentType: string };

const text = (status: number, body: string): WebhookAnswer => ({ status, body, contentType: "text/plain; charset=utf-8" });

/** Compares hashes so neither the length nor the content of the token leaks through timing. */
function sameSecret(given: string, expected: string) {
  const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();
  return expected.length > 0 && timingSafeEqual(digest(given), digest(expected));
}

/** Meta's subscription check: echo hub.challenge when hub.verify_token is the account's verify token. */
export async function verifyWhatsappSubscription(db: DbOrTx, accountId: string, params: URLSearchParams): Promise<WebhookAnswer> {
  const account = await loadWebhookAccount(db, accountId);
  if (!account) return text(404, "Conta WhatsApp não encontrada");
  const token = params.get("hub.verify_token") ?? "";
  const challenge = params.get("hub.challenge") ?? "";
  if (params.get("hub.mode") !== "subscribe" || !sameSecret(token, account.verifyToken)) {
    return text(403, "Token de verificação inválido");
  }
  return text(200, challenge);
}
