import type { OutboxStatus } from "@/db/schema/messaging";

export const STATUS_LABELS: Record<OutboxStatus, string> = {
  queued: "Na fila", held: "Retida", sending: "Enviando", retry_scheduled: "Nova tentativa agendada", sent: "Enviada",
  delivered: "Entregue", read: "Lida", failed: "Falhou", needs_review: "Revisar", cancelled: "Cancelada",
};

export const STATUS_TONES: Record<OutboxStatus, "slate" | "green" | "red" | "amber" | "blue"> = {
  queued: "slate", held: "slate", sending: "blue", retry_scheduled: "amber", sent: "green", delivered: "green",
  read: "green", failed: "red", needs_review: "amber", cancelled: "slate",
};

export const PROVIDER_LABELS: Record<string, string> = { rdconversas: "RD Conversas" };

export const KIND_LABELS: Record<string, string> = {
  "rd.template": "RD Conversas · template",
  "rd.contact": "RD Conversas · contato",
};

export const OUTCOME_LABELS: Record<string, string> = {
  sent: "Aceita pelo provedor", transient: "Falha temporária", permanent: "Falha definitiva",
  unknown: "Resultado desconhecido", not_sent: "Não enviada",
};
