import { fillPlaceholders, highestPlaceholder } from "@/lib/messaging/placeholders";

/**
 * What a template's {{n}} can be mapped to after approval (seed 002: "nome do devedor, credor ou operador").
 * Values are read by lib/whatsapp/conversations (debtor = the person; creditor = the company's creditor chosen when
 * starting; operator = the user who starts the conversation).
 */
export const TEMPLATE_FIELDS = {
  "debtor.name": { group: "Devedor", label: "Nome do devedor", example: "Maria da Silva" },
  "debtor.first_name": { group: "Devedor", label: "Primeiro nome do devedor", example: "Maria" },
  "debtor.document": { group: "Devedor", label: "CPF/CNPJ do devedor", example: "123.456.789-09" },
  "debtor.open_total": { group: "Devedor", label: "Total em aberto do devedor", example: "R$ 1.234,56" },
  "creditor.name": { group: "Credor", label: "Nome do credor", example: "Escola Aprender" },
  "company.name": { group: "Credor", label: "Nome da empresa", example: "Recado Cobranças" },
  "operator.name": { group: "Operador", label: "Nome do operador", example: "João Atendente" },
  "operator.first_name": { group: "Operador", label: "Primeiro nome do operador", example: "João" },
} as const;

export type TemplateFieldCode = keyof typeof TEMPLATE_FIELDS;
export const TEMPLATE_FIELD_CODES = Object.keys(TEMPLATE_FIELDS) as [TemplateFieldCode, ...TemplateFieldCode[]];
export const isTemplateField = (code: string): code is TemplateFieldCode => code in TEMPLATE_FIELDS;

export { placeholderNumbers } from "@/lib/messaging/placeholders";

/** How many variables a body has (its highest {{n}}). */
export const variableCount = highestPlaceholder;

/** Fills {{n}} with values[n-1]; a missing value leaves {{n}} visible. */
export const renderTemplate = (body: string, values: string[]) => fillPlaceholders(body, values);
