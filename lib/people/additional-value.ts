export type AdditionalFieldType = "text" | "number" | "date" | "boolean";

export type AdditionalValueResult = { ok: true; value: string } | { ok: false; message: string };

function isRealDate(iso: string) {
  const date = new Date(`${iso}T12:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

/** Checks a typed value against its field definition and returns the stored form (dot decimals, ISO dates, true/false). */
export function normalizeAdditionalValue(type: AdditionalFieldType, raw: string): AdditionalValueResult {
  const value = raw.trim();
  switch (type) {
    case "text":
      return { ok: true, value };
    case "number":
      return /^-?\d+([.,]\d+)?$/.test(value)
        ? { ok: true, value: value.replace(",", ".") }
        : { ok: false, message: "Informe um número, ex.: 12 ou 12,5." };
    case "date": {
      const br = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
      const iso = br ? `${br[3]}-${br[2]}-${br[1]}` : value;
      return /^\d{4}-\d{2}-\d{2}$/.test(iso) && isRealDate(iso)
        ? { ok: true, value: iso }
        : { ok: false, message: "Informe uma data válida (dd/mm/aaaa)." };
    }
    case "boolean": {
      const lower = value.toLowerCase();
      if (lower === "true" || lower === "sim") return { ok: true, value: "true" };
      if (lower === "false" || lower === "não" || lower === "nao") return { ok: true, value: "false" };
      return { ok: false, message: "Escolha Sim ou Não." };
    }
  }
}
