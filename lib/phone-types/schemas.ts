import { z } from "zod";

export const phoneTypeSchema = z.object({
  id: z.number().int().positive().optional(),
  code: z.string().trim().toUpperCase()
    .min(1, "Informe o código.")
    .max(5, "Código com no máximo 5 caracteres.")
    .regex(/^[A-Z0-9]+$/, "Use apenas letras e dígitos no código, ex.: CEL."),
  description: z.string().trim().min(2, "Informe a descrição.").max(60, "No máximo 60 caracteres."),
});
export type PhoneTypeInput = z.infer<typeof phoneTypeSchema>;

export const phoneTypeIdSchema = z.object({ id: z.number().int().positive() });
