import type { DocumentKind, StatementType } from "@/db/schema";

/** Keyed by the schema's enums (type-only import, so client forms do not bundle the table definitions). */
export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  agreement_term: "Termo de acordo",
  debt_statement: "Demonstrativo de débito",
};

export const STATEMENT_TYPE_LABELS: Record<StatementType, string> = {
  original_title: "Título Original",
  updated_title: "Título Atualizado",
};

export const DOCUMENT_KIND_OPTIONS = Object.keys(DOCUMENT_KIND_LABELS) as [DocumentKind, ...DocumentKind[]];
export const STATEMENT_TYPE_OPTIONS = Object.keys(STATEMENT_TYPE_LABELS) as [StatementType, ...StatementType[]];
