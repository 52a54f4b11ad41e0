import { parsePhoneNumberFromString } from "libphonenumber-js/max";

export type PhoneResult = { ok: true; e164: string } | { ok: false; message: string };

/** Brazilian numbers in any format (with or without +55, DDD, 9th digit) → E.164; other countries need their +code. */
export function normalizePhone(raw: string): PhoneResult {
  const trimmed = raw.trim();
  if (!trimmed) return { ok: false, message: "Informe o telefone." };
  const phone = parsePhoneNumberFromString(trimmed, "BR");
  if (!phone || !phone.isValid()) {
    return { ok: false, message: "Telefone inválido: informe DDD e número, ex.: (11) 98765-4321." };
  }
  return { ok: true, e164: phone.number };
}

/** "+5511987654321" → "(11) 98765-4321"; foreign numbers in international format. */
export function formatPhone(e164: string): string {
  const phone = parsePhoneNumberFromString(e164);
  if (!phone) return e164;
  return phone.country === "BR" ? phone.formatNational() : phone.formatInternational();
}

/** True for Brazilian mobile numbers (used to warn when a "mobile" type holds a landline). */
export function isMobile(e164: string): boolean {
  const type = parsePhoneNumberFromString(e164)?.getType();
  return type === "MOBILE" || type === "FIXED_LINE_OR_MOBILE";
}
