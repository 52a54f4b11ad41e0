import { z } from "zod";

export const companySchema = z.object({
  id: z.number().int().positive().optional(),
  code: z.string().trim().min(1, "Informe o código.").max(20, "Código com no máximo 20 caracteres."),
  name: z.string().trim().min(2, "Informe a razão social / nome.").max(120, "No máximo 120 caracteres."),
  document: z.string().trim().max(18, "CNPJ inválido.").optional().or(z.literal("")),
  active: z.boolean(),
});
export type CompanyInput = z.infer<typeof companySchema>;

export const idSchema = z.object({ id: z.number().int().positive() });
