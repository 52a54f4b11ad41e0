import { z } from "zod";
import { onlyDigits, validateDocument } from "@/lib/br/document";
import { COMMAND_OPERATIONS, type CommandOperation } from "@/lib/cti/soap/operations";

/** "Tocar ramal": who calls which extension, with the dialing list's optional associated data. */
export const pbxRingSchema = z.object({
  extension: z.string().trim().regex(/^\d{2,10}$/, "Informe o ramal (2 a 10 dígitos)."),
  from: z.string().trim().refine((v) => /^\d{8,15}$/.test(onlyDigits(v)), "Informe o número de origem com DDD, ex.: (11) 98765-4321."),
  crm: z.string().trim().max(40, "Código CRM de no máximo 40 caracteres."),
  erp: z.string().trim().max(40, "Código ERP de no máximo 40 caracteres."),
  doc: z.string().trim().refine((v) => {
    const digits = onlyDigits(v);
    if (!digits) return true;
    return validateDocument(digits, digits.length > 11 ? "legal" : "natural").ok;
  }, "CPF/CNPJ inválido: confira os dígitos (ou deixe em branco)."),
  nome: z.string().trim().max(120, "Nome de no máximo 120 caracteres."),
});
export type PbxRingInput = z.infer<typeof pbxRingSchema>;

export const pbxCallSchema = z.object({ callId: z.string().trim().min(1, "Informe a chamada.") });
export type PbxCallInput = z.infer<typeof pbxCallSchema>;

export const PBX_COMMANDS = Object.keys(COMMAND_OPERATIONS) as CommandOperation[];

/** Failure injection: per command, blank (runs normally) or the return code it must answer. */
export const pbxFailuresSchema = z.object(Object.fromEntries(PBX_COMMANDS.map((command) => [
  command,
  z.string().trim().refine((v) => v === "" || /^[1-9]\d{0,3}$/.test(v), `${command}: deixe em branco ou informe um código de 1 a 9999.`),
])) as Record<CommandOperation, z.ZodString>);
export type PbxFailuresInput = z.infer<typeof pbxFailuresSchema>;

export const pbxResetSchema = z.object({});
