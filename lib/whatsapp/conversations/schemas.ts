import { z } from "zod";
import { META_TEXT_MAX_LENGTH } from "@/lib/providers/meta/wire";

const id = (message: string) => z.number({ error: message }).int().positive(message);

export const previewConversationStartSchema = z.object({
  personId: id("Pessoa inválida."),
  templateId: id("Escolha um modelo.").optional(),
  creditorId: id("Escolha um credor.").optional(),
});
export type PreviewConversationStartInput = z.infer<typeof previewConversationStartSchema>;

export const startConversationSchema = previewConversationStartSchema.extend({
  text: z.string().trim().max(META_TEXT_MAX_LENGTH, `Mensagem com no máximo ${META_TEXT_MAX_LENGTH} caracteres.`).optional(),
}).refine((v) => v.templateId !== undefined || !!v.text, { path: ["templateId"], message: "Escolha um modelo aprovado ou escreva a mensagem." })
  .refine((v) => v.templateId === undefined || !v.text, { path: ["text"], message: "Envie um modelo ou uma mensagem livre, não os dois." });
export type StartConversationInput = z.infer<typeof startConversationSchema>;
