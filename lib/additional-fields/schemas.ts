import { z } from "zod";

export const ADDITIONAL_FIELD_TYPES = ["text", "number", "date", "boolean"] as const;
export type AdditionalFieldType = (typeof ADDITIONAL_FIELD_TYPES)[number];
export const ADDITIONAL_FIELD_TYPE_LABELS: Record<AdditionalFieldType, string> = {
  text: "Texto", number: "Número", date: "Data", boolean: "Sim/Não",
};

export const additionalFieldSchema = z.object({
  id: z.number().int().positive().optional(),
  code: z.string().trim().toUpperCase()
    .min(1, "Informe o código.")
    .max(30, "Código com no máximo 30 caracteres.")
    .regex(/^[A-Z0-9_]+$/, "Use apenas letras, dígitos e _ no código, ex.: DT_ANIVERSARIO."),
  label: z.string().trim().min(2, "Informe o rótulo.").max(60, "No máximo 60 caracteres."),
  type: z.enum(ADDITIONAL_FIELD_TYPES, "Escolha o tipo."),
});
export type AdditionalFieldInput = z.infer<typeof additionalFieldSchema>;

export const additionalFieldIdSchema = z.object({ id: z.number().int().positive() });
