/** The URL to paste in Meta's webhook configuration for a WhatsApp account; null while APP_BASE_URL is unset. */
export function whatsappWebhookUrl(whatsappAccountId: number): string | null {
  const base = process.env.APP_BASE_URL?.trim().replace(/\/+$/, "");
  return base ? `${base}/api/webhooks/whatsapp/${whatsappAccountId}` : null;
}

export const WEBHOOK_URL_MISSING = "APP_BASE_URL não está configurada no servidor: sem ela não há endereço público para o webhook da Meta.";
