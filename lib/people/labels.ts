import type { ORDER_CHANNELS, PAYMENT_METHODS, RECEIVABLE_STATUSES } from "@/db/schema/people";

/** Portuguese labels for the people registry's stored codes. Safe to import on the client. */
export const KIND_LABELS = { natural: "Pessoa física", legal: "Pessoa jurídica" } as const;
export const KIND_SHORT = { natural: "PF", legal: "PJ" } as const;

export const RECEIVABLE_STATUS_LABELS: Record<(typeof RECEIVABLE_STATUSES)[number], string> = {
  open: "Em aberto",
  in_progress: "Em andamento",
  paid: "Pago",
  cancelled: "Cancelado",
  renegotiated: "Renegociado",
  written_off: "Baixado",
};

export const RECEIVABLE_STATUS_TONES = {
  open: "blue", in_progress: "amber", paid: "green", cancelled: "slate", renegotiated: "slate", written_off: "slate",
} as const satisfies Record<(typeof RECEIVABLE_STATUSES)[number], string>;

export const PAYMENT_METHOD_LABELS: Record<(typeof PAYMENT_METHODS)[number], string> = {
  boleto: "Boleto",
  carne_pix: "Carnê PIX",
};

export const ORDER_CHANNEL_LABELS: Record<(typeof ORDER_CHANNELS)[number], string> = {
  prateleira_infinita: "Prateleira infinita",
  omni: "OMNI",
};

export const SEARCHED_BY_LABELS = {
  all: "todas",
  name: "nome",
  document: "CPF/CNPJ",
  phone: "telefone",
  erp: "código ERP",
  phone_or_erp: "telefone ou código ERP",
} as const;
