import type { ORDER_CHANNELS } from "@/db/schema/people";

export type OrderChannel = (typeof ORDER_CHANNELS)[number];

export type OrderStage = { code: string; label: string; channels: readonly OrderChannel[] };

const BOTH = ["prateleira_infinita", "omni"] as const;

/**
 * The order funnel, in order. Prateleira infinita ships from another store (transfer step); OMNI can be picked up in
 * the store (ready / picked up), so some stages exist in one channel only.
 */
export const ORDER_STAGES: readonly OrderStage[] = [
  { code: "received", label: "Pedido recebido", channels: BOTH },
  { code: "payment_approved", label: "Pagamento aprovado", channels: BOTH },
  { code: "store_transfer", label: "Em transferência entre lojas", channels: ["prateleira_infinita"] },
  { code: "picking", label: "Em separação", channels: BOTH },
  { code: "invoiced", label: "Faturado", channels: BOTH },
  { code: "ready_for_pickup", label: "Pronto para retirada na loja", channels: ["omni"] },
  { code: "picked_up", label: "Retirado na loja", channels: ["omni"] },
  { code: "shipped", label: "Enviado", channels: BOTH },
  { code: "delivered", label: "Entregue", channels: BOTH },
  { code: "cancelled", label: "Cancelado", channels: BOTH },
];

export const stagesOf = (channel: OrderChannel) => ORDER_STAGES.filter((s) => s.channels.includes(channel));
export const findStage = (code: string) => ORDER_STAGES.find((s) => s.code === code);
export const stageLabel = (code: string) => findStage(code)?.label ?? code;
export const stageExistsIn = (code: string, channel: OrderChannel) => Boolean(findStage(code)?.channels.includes(channel));
