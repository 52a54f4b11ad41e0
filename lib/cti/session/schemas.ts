import { z } from "zod";

export const ctiLoginSchema = z.object({
  password: z.string().min(1, "Informe a senha do agente.").max(100, "Senha com no máximo 100 caracteres."),
  takeOver: z.boolean().optional(),
});
export type CtiLoginInput = z.infer<typeof ctiLoginSchema>;

export const ctiLogoutSchema = z.object({
  justification: z.string().trim().max(500, "Justificativa com no máximo 500 caracteres.").optional(),
});
export type CtiLogoutInput = z.infer<typeof ctiLogoutSchema>;

export const ctiDialSchema = z.object({
  number: z.string().trim().min(1, "Informe o número a discar.").max(40, "Número com no máximo 40 caracteres."),
});
export type CtiDialInput = z.infer<typeof ctiDialSchema>;

export const ctiEmptySchema = z.object({});
