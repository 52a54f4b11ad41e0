import type { DocumentKind, StatementType } from "@/db/schema";
import { DOCUMENT_KIND_OPTIONS, STATEMENT_TYPE_OPTIONS } from "./labels";

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * "/admin/documents/new?kind=debt_statement&type=original_title&returnTo=/whatsapp": the WhatsApp tabs link here to
 * create the missing document and come back. returnTo only accepts in-app WhatsApp paths (no open redirect).
 */
export function parseNewDocumentParams(sp: SearchParams): { kind: DocumentKind; statementType: StatementType | null; returnTo: string } {
  const kind = DOCUMENT_KIND_OPTIONS.find((k) => k === sp.kind) ?? "agreement_term";
  const statementType = kind === "debt_statement" ? STATEMENT_TYPE_OPTIONS.find((t) => t === sp.type) ?? null : null;
  const returnTo = typeof sp.returnTo === "string" && /^\/whatsapp(\/[a-z-]+)*$/.test(sp.returnTo) ? sp.returnTo : "/admin/documents";
  return { kind, statementType, returnTo };
}
