import { DETAIL_CODE_PLACEHOLDER } from "./manager-schemas";

export type OperationTarget = {
  personId?: number | null;
  personErpCode?: string | null;
  contactId?: number | null;
  contactErpCode?: string | null;
  detailCode?: string | null;
};

/** The query parameters the seed names, in its order; empty values are left out. */
const PARAMS = [
  ["num_id_pessoa", "personId"],
  ["cod_pessoa_erp", "personErpCode"],
  ["num_id_contato", "contactId"],
  ["cod_pessoa_erp_contato", "contactErpCode"],
  ["detail_code", "detailCode"],
] as const;

/** Base for parsing app paths only; it never leaves this function. */
const APP_BASE = "http://recado.local";

/**
 * The URL an operation opens for the selected account/contact. `:detail_code` takes the typed code; with no code
 * the path segment is dropped, so "/crm/accounts/:detail_code" becomes the accounts search filtered by the params.
 */
export function operationUrl(op: { url: string }, target: OperationTarget): string {
  const detailCode = target.detailCode?.trim() ?? "";
  const withCode = detailCode
    ? op.url.replaceAll(DETAIL_CODE_PLACEHOLDER, encodeURIComponent(detailCode))
    : op.url.replaceAll(`/${DETAIL_CODE_PLACEHOLDER}`, "").replaceAll(DETAIL_CODE_PLACEHOLDER, "");
  const relative = !/^https?:\/\//i.test(withCode);
  const url = new URL(withCode || "/", APP_BASE);
  const values: OperationTarget = { ...target, detailCode };
  for (const [param, key] of PARAMS) {
    const value = values[key];
    if (value !== null && value !== undefined && String(value).trim() !== "") url.searchParams.set(param, String(value).trim());
  }
  return relative ? `${url.pathname}${url.search}${url.hash}` : url.toString();
}
