import { formatCents, formatIsoDate } from "@/lib/br/format";
import { formatDocument } from "@/lib/br/document";
import type { MessageTypeGroup } from "./message-types";
import { stageLabel } from "./order-stages";
import { fillPlaceholders } from "@/lib/messaging/placeholders";

/** Everything a message's fields can read; receivable or order is present according to the message type. */
export type FieldSource = {
  person: { name: string; document: string | null; erpCode: string | null };
  company: { name: string };
  receivable?: { documentNumber: string; dueDate: string; amountCents: number; digitableLine: string | null; pixCode: string | null };
  order?: { number: string; stage: string };
};

export type FieldDef = {
  code: string;
  label: string;
  /** The record the field needs besides person and company; fields of the other group cannot be used. */
  needs?: "receivable" | "order";
  render: (source: FieldSource) => string;
};

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? "";

/** The catalogue of values a field list can put into {{1}}, {{2}}... */
export const RD_FIELDS: readonly FieldDef[] = [
  { code: "person_name", label: "Nome da pessoa", render: (s) => s.person.name },
  { code: "first_name", label: "Primeiro nome", render: (s) => firstName(s.person.name) },
  { code: "person_document", label: "CPF/CNPJ da pessoa", render: (s) => (s.person.document ? formatDocument(s.person.document) : "") },
  { code: "person_erp_code", label: "Código ERP da pessoa", render: (s) => s.person.erpCode ?? "" },
  { code: "company_name", label: "Nome da empresa", render: (s) => s.company.name },
  { code: "receivable_amount", label: "Valor do título (R$)", needs: "receivable", render: (s) => (s.receivable ? formatCents(s.receivable.amountCents) : "") },
  { code: "due_date", label: "Data de vencimento (dd/MM/aaaa)", needs: "receivable", render: (s) => (s.receivable ? formatIsoDate(s.receivable.dueDate) : "") },
  { code: "document_number", label: "Número do documento", needs: "receivable", render: (s) => s.receivable?.documentNumber ?? "" },
  { code: "pix_code", label: "PIX copia e cola", needs: "receivable", render: (s) => s.receivable?.pixCode ?? "" },
  { code: "digitable_line", label: "Linha digitável do boleto", needs: "receivable", render: (s) => s.receivable?.digitableLine ?? "" },
  { code: "order_number", label: "Número do pedido", needs: "order", render: (s) => s.order?.number ?? "" },
  { code: "order_stage", label: "Estágio do pedido", needs: "order", render: (s) => (s.order ? stageLabel(s.order.stage) : "") },
];

export const findField = (code: string) => RD_FIELDS.find((f) => f.code === code);

/** Fields a message of this group may use: person and company always, plus its own record's fields. */
export const fieldsForGroup = (group: MessageTypeGroup) =>
  RD_FIELDS.filter((f) => !f.needs || f.needs === (group === "due" ? "receivable" : "order"));

/** The variables of one send, in field-list order. */
export function renderVariables(fieldCodes: readonly string[], source: FieldSource): string[] {
  return fieldCodes.map((code) => findField(code)?.render(source) ?? "");
}

/** The template text with each {{n}} replaced by the n-th variable (missing ones stay visible as {{n}}). */
export function renderTemplate(text: string, variables: readonly string[]): string {
  return fillPlaceholders(text, variables);
}

/** A made-up person, receivable and order for previews. */
export const SAMPLE_SOURCE: FieldSource = {
  person: { name: "Maria da Silva Souza", document: "52998224725", erpCode: "104" },
  company: { name: "Loja Exemplo" },
  receivable: {
    documentNumber: "000123-1", dueDate: "2024-05-25", amountCents: 15990,
    digitableLine: "34191.79001 01043.510047 91020.150008 1 97530000015990",
    pixCode: "00020126580014br.gov.bcb.pix0136exemplo-chave-pix5204000053039865406159.905802BR",
  },
  order: { number: "PI0000104", stage: "shipped" },
};

/**
 * A field list that can fill a template: as many fields as variables, all known, all of the message's group.
 * Returns the Portuguese refusal, or null when valid.
 */
export function fieldListProblem(fieldCodes: readonly string[], variableCount: number, group: MessageTypeGroup): string | null {
  const unknown = fieldCodes.find((code) => !findField(code));
  if (unknown) return `Campo desconhecido na lista: ${unknown}.`;
  const allowed = new Set(fieldsForGroup(group).map((f) => f.code));
  const foreign = fieldCodes.find((code) => !allowed.has(code));
  if (foreign) {
    const what = group === "due" ? "uma mensagem de vencimento" : "uma mensagem de pedido";
    return `O campo "${findField(foreign)!.label}" não pode ser usado em ${what}.`;
  }
  if (fieldCodes.length !== variableCount) {
    return `O template tem ${variableCount} variável(is) e a lista tem ${fieldCodes.length} campo(s): informe exatamente ${variableCount}.`;
  }
  return null;
}
