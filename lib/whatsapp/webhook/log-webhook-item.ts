import type { DbOrTx } from "@/db/client";
import { whatsappWebhookLog } from "@/db/schema";

export type WebhookOutcome = "applied" | "duplicate" | "ignored" | "refused";
export type ItemResult = { outcome: WebhookOutcome; detail: string };

/** One trail row per webhook item: what came and what we did with it. */
export async function logWebhookItem(db: DbOrTx, entry: {
  accountId: number | null; kind: string; outcome: WebhookOutcome; detail: string; payload?: unknown; at: Date;
}) {
  await db.insert(whatsappWebhookLog).values({
    whatsappAccountId: entry.accountId, kind: entry.kind, outcome: entry.outcome, detail: entry.detail,
    payload: entry.payload ?? null, receivedAt: entry.at,
  });
}
