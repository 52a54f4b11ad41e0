import { getDb } from "@/db/client";
import { systemClock } from "@/lib/core/clock";
import { receiveWhatsappWebhook } from "@/lib/whatsapp/webhook/receive-whatsapp-webhook";
import { verifyWhatsappSubscription, type WebhookAnswer } from "@/lib/whatsapp/webhook/verify-subscription";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ accountId: string }> };

const respond = (answer: WebhookAnswer) => new Response(answer.body, { status: answer.status, headers: { "content-type": answer.contentType } });

/** Meta's subscription check (public: Meta has no session; the verify token authenticates it). */
export async function GET(request: Request, { params }: Params) {
  const { accountId } = await params;
  return respond(await verifyWhatsappSubscription(getDb(), accountId, new URL(request.url).searchParams));
}

/** Meta's notifications (public: X-Hub-Signature-256 over the raw body authenticates them). */
export async function POST(request: Request, { params }: Params) {
  const { accountId } = await params;
  const rawBody = await request.text();
  return respond(await receiveWhatsappWebhook(getDb(), systemClock, accountId, rawBody, request.headers.get("x-hub-signature-256")));
}
