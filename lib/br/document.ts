import { formatCNPJ, formatCPF, isValidCNPJ, isValidCPF } from "@brazilian-utils/brazilian-utils";

export const onlyDigits = (value: string) => value.replace(/\D/g, "");

export type DocumentKind = "cpf" | "cnpj";

/** CPF for natural persons (11 digits), CNPJ for legal ones (14), check digits validated by the library. */
export function validateDocument(raw: string, kind: "natural" | "legal"): { ok: true; digits: string } | { ok: false; message: string } {
  const digits = onlyDigits(raw);
  if (kind === "natural") {
    if (digits.length !== 11) return { ok: false, message: "CPF deve ter 11 dígitos." };
    if (!isValidCPF(digits)) return { ok: false, message: "CPF inválido: confira os dígitos verificadores." };
  } else {
    if (digits.length !== 14) return { ok: false, message: "CNPJ deve ter 14 dígitos." };
    if (!isValidCNPJ(digits)) return { ok: false, message: "CNPJ inválido: confira os dígitos verificadores." };
  }
  return { ok: true, digits };
}

export function formatDocument(digits: string | null | undefined): string {
  if (!digits) return "";
  if (digits.length === 11) return formatCPF(digits);
  if (digits.length === 14) return formatCNPJ(digits);
  return digits;
}
