import { z } from "zod";
import { onlyDigits, validateDocument } from "@/lib/br/document";

/** Optional CPF (11 digits) or CNPJ (14), check digits validated; stored as digits, blank or null means none (so the form's parsed output parses again on the server). */
export const creditorDocumentSchema = z.string().trim().nullable().transform((raw, ctx) => {
  if (!raw) return null;
  const digits = onlyDigits(raw);
  if (digits.length !== 11 && digits.length !== 14) {
    ctx.addIssue({ code: "custom", message: "Informe um CPF (11 dígitos) ou um CNPJ (14 dígitos), ou deixe em branco." });
    return z.NEVER;
  }
  const checked = validateDocument(digits, digits.length === 11 ? "natural" : "legal");
  if (!checked.ok) {
    ctx.addIssue({ code: "custom", message: checked.message });
    return z.NEVER;
  }
  return checked.digits;
});

export const creditorSchema = z.object({
  id: z.number().int().positive().optional(),
  name: z.string().trim().min(2, "Informe o nome do credor.").max(120, "Nome com no máximo 120 caracteres."),
  document: creditorDocumentSchema,
});
export type CreditorInput = z.input<typeof creditorSchema>;
export type CreditorValues = z.output<typeof creditorSchema>;

export const creditorActiveSchema = z.object({ id: z.number().int().positive(), active: z.boolean() });
