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

/** {{1}}, {{2}}... in order of first appearance. */
export const placeholderNumbers = (body: string) => [...body.matchAll(/\{\{\s*(\d+)\s*\}\}/g)].map((m) => Number(m[1]));

/** How many variables a body has (its highest {{n}}). */
export const variableCount = (body: string) => Math.max(0, ...placeholderNumbers(body));

/** Fills {{n}} with values[n-1]. */
export const renderTemplate = (body: string, values: string[]) =>
  body.replace(/\{\{\s*(\d+)\s*\}\}/g, (_, n: string) => values[Number(n) - 1] ?? `{{${n}}}`);
