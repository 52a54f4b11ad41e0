import { isValidCNPJ, isValidCPF } from "@brazilian-utils/brazilian-utils";
import { onlyDigits } from "@/lib/br/document";
import type { SearchMode } from "./schemas";

/** What a list search looks for; a person matches when any present criterion matches. */
export type SearchCriteria = {
  /** The mode actually used ("auto" resolved), shown to the user. */
  resolved: Exclude<SearchMode, "auto"> | "phone_or_erp" | "all";
  name?: string;
  document?: string;
  /** Last digits of the phone, matched against the end of the E.164 number. */
  phoneSuffix?: string;
  erpCodes?: string[];
};

const isValidDocumentDigits = (digits: string) =>
  (digits.length === 11 && isValidCPF(digits)) || (digits.length === 14 && isValidCNPJ(digits));

/** Digits of a phone typed in any format; a long number dialled with the trunk prefix "0" loses it. */
function phoneDigits(q: string) {
  const digits = onlyDigits(q);
  return digits.length >= 10 ? digits.replace(/^0+/, "") : digits;
}

const unique = (values: string[]) => [...new Set(values.filter(Boolean))];

/**
 * Turns the search box into criteria. Auto mode: letters ⇒ name; valid CPF/CNPJ digits
 * ⇒ document (a valid-looking CPF may also be a phone number, so phones are tried too); other digits ⇒ phone
 * suffix or ERP code.
 */
export function searchCriteria(rawQuery: string, mode: SearchMode): SearchCriteria {
  const q = rawQuery.trim();
  if (!q) return { resolved: "all" };
  const digits = onlyDigits(q);
  switch (mode) {
    case "name":
      return { resolved: "name", name: q };
    case "document":
      return { resolved: "document", document: digits };
    case "phone":
      return { resolved: "phone", phoneSuffix: phoneDigits(q) };
    case "erp":
      return { resolved: "erp", erpCodes: [q] };
    case "auto":
      if (/\p{L}/u.test(q) || !digits) return { resolved: "name", name: q };
      if (isValidDocumentDigits(digits)) {
        return { resolved: "document", document: digits, ...(digits.length <= 13 ? { phoneSuffix: phoneDigits(q) } : {}) };
      }
      return { resolved: "phone_or_erp", phoneSuffix: phoneDigits(q), erpCodes: unique([q, digits]) };
  }
}
