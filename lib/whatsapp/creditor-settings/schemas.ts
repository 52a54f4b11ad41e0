import { z } from "zod";
import { documentChoiceSchema } from "@/lib/whatsapp/account-tab/schemas";

export const creditorOverrideSchema = documentChoiceSchema.extend({ creditorId: z.number().int().positive() })
  .refine((v) => v.agreementTermId !== null || v.debtStatementId !== null, {
    path: ["agreementTermId"],
    message: "Escolha um termo de acordo ou um demonstrativo de débito; para usar os da conta, remova a configuração do credor.",
  });
export type CreditorOverrideInput = z.input<typeof creditorOverrideSchema>;
export type CreditorOverrideValues = z.output<typeof creditorOverrideSchema>;

export const creditorOverrideIdSchema = z.object({ creditorId: z.number().int().positive() });
