import { ORDER_STAGES } from "./order-stages";

/** What a message is for: which records fill its fields and who produces it. */
export type MessageTypeGroup = "due" | "order";

export type MessageType = { code: string; label: string; group: MessageTypeGroup };

export const DUE_BOLETO = "due_boleto";
export const DUE_CARNE = "due_carne";

/** Types an INTFM037 message can have; a company has at most one message of each. */
export const MESSAGE_TYPES: readonly MessageType[] = [
  { code: DUE_BOLETO, label: "Vencimento boleto", group: "due" },
  { code: DUE_CARNE, label: "Vencimento carnê", group: "due" },
  ...ORDER_STAGES.map((s) => ({ code: `order:${s.code}`, label: `Pedido: ${s.label}`, group: "order" as const })),
];

export const findMessageType = (code: string) => MESSAGE_TYPES.find((t) => t.code === code);
export const messageTypeLabel = (code: string) => findMessageType(code)?.label ?? code;
export const orderMessageType = (stageCode: string) => `order:${stageCode}`;
