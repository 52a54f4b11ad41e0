import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { outboxMessages } from "@/db/schema";
import { applyDeliveryStatus, canTransition } from "@/lib/messaging/transitions";
import type { ItemResult } from "./log-webhook-item";
import type { StatusItem } from "./payload";
import type { WebhookAccount } from "./webhook-account";

const LABELS: Record<string, string> = {
  sending: "enviando", sent: "enviada", delivered: "entregue", read: "lida", failed: "falhou",
};
const label = (status: string) => LABELS[status] ?? status;

/**
 * A Meta delivery report applied to our outbox row. Reports are replayed and arrive out of order, so a status only
 * moves up (sent < delivered < read) and "failed" only lands on a message not yet delivered.
 */
export async function applyMessageStatus(db: DbOrTx, account: WebhookAccount, item: StatusItem, now: Date): Promise<ItemResult> {
  if (!account.providerAccountId) return { outcome: "ignored", detail: "API oficial não configurada nesta conta" };
  const [row] = await db
    .select({ id: outboxMessages.id, status: outboxMessages.status })
    .from(outboxMessages)
    .where(and(eq(outboxMessages.providerMessageId, item.id), eq(outboxMessages.accountId, account.providerAccountId)))
    .for("update");
  if (!row) return { outcome: "ignored", detail: `Mensagem desconhecida: ${item.id}` };
  const at = new Date(item.timestamp * 1000);
  const incoming = item.status;

  if (incoming === "failed") {
    if (row.status === "failed") return { outcome: "duplicate", detail: `Mensagem ${row.id} já estava com falha` };
    if (!canTransition(row.status, "failed") || !["sending", "sent"].includes(row.status)) {
      return { outcome: "ignored", detail: `Falha ignorada: a mensagem ${row.id} já está ${label(row.status)}` };
    }
    const error = item.errors?.[0];
    const reason = error ? `${error.title ?? error.message ?? "Erro"} (${error.code})` : "sem detalhe";
    await db.update(outboxMessages).set({
      status: "failed", lastErrorCode: error?.code ?? null, lastErrorMessage: error?.title ?? error?.message ?? null,
      statusReason: `Falhou na Meta: ${reason}`, updatedAt: now,
    }).where(eq(outboxMessages.id, row.id));
    return { outcome: "applied", detail: `Mensagem ${row.id}: ${label(row.status)} → falhou (${reason})` };
  }

  if (incoming === "sent") {
    return ["sent", "delivered", "read"].includes(row.status)
      ? { outcome: "duplicate", detail: `Mensagem ${row.id} já está ${label(row.status)}` }
      : { outcome: "ignored", detail: `"enviada" ignorado: a mensagem ${row.id} está ${label(row.status)}` };
  }

  if (incoming !== "delivered" && incoming !== "read") return { outcome: "ignored", detail: `Status desconhecido: ${incoming}` };
  const next = applyDeliveryStatus(row.status, incoming);
  if (next === row.status) {
    return row.status === incoming
      ? { outcome: "duplicate", detail: `Mensagem ${row.id} já estava ${label(incoming)}` }
      : { outcome: "ignored", detail: `"${label(incoming)}" fora de ordem: a mensagem ${row.id} continua ${label(row.status)}` };
  }
  await db.update(outboxMessages).set({
    status: next,
    deliveredAt: sql`coalesce(${outboxMessages.deliveredAt}, ${at.toISOString()}::timestamptz)`,
    ...(next === "read" ? { readAt: sql`coalesce(${outboxMessages.readAt}, ${at.toISOString()}::timestamptz)` } : {}),
    updatedAt: now,
  }).where(eq(outboxMessages.id, row.id));
  return { outcome: "applied", detail: `Mensagem ${row.id}: ${label(row.status)} → ${label(next)}` };
}
