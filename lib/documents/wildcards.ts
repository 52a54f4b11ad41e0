/**
 * Wildcards an agreement term or a debt statement body may contain (seed 002: "#NOME_USUARIO#" is the user who signs).
 * Pure, so the editor's live preview and the server render the same way.
 */
export const DOCUMENT_WILDCARDS = {
  "#NOME_USUARIO#": { label: "Usuário que assina", example: "Ana Assinante" },
  "#NOME_DEVEDOR#": { label: "Nome do devedor", example: "Maria da Silva" },
  "#CPF_CNPJ_DEVEDOR#": { label: "CPF/CNPJ do devedor", example: "123.456.789-09" },
  "#NOME_CREDOR#": { label: "Nome do credor", example: "Escola Aprender" },
  "#NOME_EMPRESA#": { label: "Nome da empresa", example: "Recado Cobranças" },
  "#VALOR_TOTAL#": { label: "Valor total", example: "R$ 1.234,56" },
  "#DATA_ATUAL#": { label: "Data atual", example: "23/11/2026" },
  "#LISTA_TITULOS#": { label: "Lista de títulos", example: "Título 1001 · venc. 10/10/2026 · R$ 617,28\nTítulo 1002 · venc. 10/11/2026 · R$ 617,28" },
} as const;

export type DocumentWildcard = keyof typeof DOCUMENT_WILDCARDS;
export const DOCUMENT_WILDCARD_CODES = Object.keys(DOCUMENT_WILDCARDS) as DocumentWildcard[];
export type DocumentValues = Partial<Record<DocumentWildcard, string>>;

/** The catalogue's example values, for the editor's preview. */
export const EXAMPLE_DOCUMENT_VALUES: DocumentValues = Object.fromEntries(
  DOCUMENT_WILDCARD_CODES.map((code) => [code, DOCUMENT_WILDCARDS[code].example]),
);

/** Anything shaped like a wildcard: "#", a capital, then capitals, digits or underscores, "#" ("#123#" is just text). */
const WILDCARD_PATTERN = /#[A-Z][A-Z0-9_]*#/g;

const isDocumentWildcard = (token: string): token is DocumentWildcard => token in DOCUMENT_WILDCARDS;

/** Wildcard-shaped tokens not in the catalogue, each once, in order of appearance. */
export function unknownWildcards(body: string): string[] {
  return [...new Set(body.match(WILDCARD_PATTERN) ?? [])].filter((token) => !isDocumentWildcard(token));
}

/** Replaces each known wildcard by its value; one without a value stays as written, so a gap is visible. */
export function renderDocument(body: string, values: DocumentValues): string {
  return body.replace(WILDCARD_PATTERN, (token) => (isDocumentWildcard(token) ? values[token] ?? token : token));
}
