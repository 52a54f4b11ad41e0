import type { DbOrTx } from "@/db/client";
import type { ProviderAdapter, SendResult } from "@/lib/providers/types";

/** The row fields a message kind sees when it is sent and completed. */
export type OutboxRow = {
  id: number; companyId: number; accountId: number; kind: string; recipient: string; personId: number | null;
  payload: Record<string, unknown>; producer: string; producerRef: string | null; attempts: number;
};

/**
 * A message kind says how to send its payload and what to do once the provider accepted it (completion hook,
 * run in the same transaction that marks the row sent — e.g. store the RD contact id on the person).
 */
export type MessageKind = {
  kind: string;
  /** Channel checked against the person's opt-outs at dispatch. */
  channel: "whatsapp" | "sms" | "email";
  send(adapter: ProviderAdapter, message: OutboxRow): Promise<SendResult>;
  onSent?(tx: DbOrTx, message: OutboxRow, result: Extract<SendResult, { ok: true }>): Promise<void>;
};

const kinds = new Map<string, MessageKind>();

export function registerMessageKind(kind: MessageKind): MessageKind {
  kinds.set(kind.kind, kind);
  return kind;
}

export function messageKind(name: string): MessageKind {
  const found = kinds.get(name);
  if (!found) throw new Error(`Tipo de mensagem não registrado: ${name}`);
  return found;
}
