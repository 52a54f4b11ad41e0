import "server-only";
import { normalizePhone } from "@/lib/br/phone";
import { invalid, ServiceError } from "@/lib/core/errors";
import { onlyDigits } from "@/lib/br/document";
import { rdAdapter } from "./adapter";

/** Same number whatever the typing: E.164 when it parses, else the bare digits. */
export const chipKey = (raw: string) => {
  const parsed = normalizePhone(raw);
  return parsed.ok ? parsed.e164 : onlyDigits(raw);
};

/** Looks the chip number up in the provider's chip list; the integration id found is what contact creation sends. */
export async function resolveChipOnSave(value: Record<string, unknown>): Promise<Record<string, unknown>> {
  const listed = await rdAdapter(String(value.DS_TOKEN_RDCONVERSAS ?? "")).listChannels();
  if (!listed.ok) {
    throw new ServiceError("INVALID", `Não foi possível consultar os chips no RD Conversas: ${listed.message}`, {
      DS_TOKEN_RDCONVERSAS: [listed.message],
    });
  }
  const wanted = chipKey(String(value.NR_CHIP_RDCONVERSAS ?? ""));
  const chip = listed.items.find((c) => chipKey(c.number) === wanted);
  if (!chip) {
    const known = listed.items.map((c) => c.number).join(", ") || "nenhum";
    throw invalid("NR_CHIP_RDCONVERSAS", `Nenhum chip do RD Conversas tem o número ${String(value.NR_CHIP_RDCONVERSAS)} (chips da conta: ${known}).`);
  }
  return { ID_INTEGRACAO_CHIP: chip.id };
}
