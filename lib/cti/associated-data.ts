/**
 * The Smart CTI `associatedData` string our dialing lists carry and caller identification reads back:
 *
 *   crm=<CRM code>;erp=<ERP code>;doc=<CPF/CNPJ digits>;nome=<name>
 *
 * Pairs are separated by ";", key and value by "=", empty values are left out, keys are read case-insensitively and
 * unknown keys ignored. "%", ";" and "=" inside a value are percent-encoded (%25, %3B, %3D) so any name survives.
 * The document is written as digits only.
 */
export type AssociatedData = { crm?: string; erp?: string; doc?: string; nome?: string };

const KEYS = ["crm", "erp", "doc", "nome"] as const;

const encode = (value: string) => value.replace(/[%;=]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const decode = (value: string) => value.replace(/%(25|3B|3D)/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

export function formatAssociatedData(data: AssociatedData): string {
  const clean: AssociatedData = { ...data, doc: data.doc?.replace(/\D/g, "") };
  return KEYS.map((key) => [key, clean[key]?.trim() ?? ""] as const)
    .filter(([, value]) => value !== "")
    .map(([key, value]) => `${key}=${encode(value)}`)
    .join(";");
}

export function parseAssociatedData(text: string | null | undefined): AssociatedData {
  const out: AssociatedData = {};
  for (const pair of (text ?? "").split(";")) {
    const at = pair.indexOf("=");
    if (at < 0) continue;
    const key = pair.slice(0, at).trim().toLowerCase();
    const value = decode(pair.slice(at + 1)).trim();
    if (value && (KEYS as readonly string[]).includes(key)) out[key as (typeof KEYS)[number]] = value;
  }
  return out;
}
