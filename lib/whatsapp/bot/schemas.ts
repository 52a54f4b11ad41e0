import { z } from "zod";
import { BOT_MESSAGE_KINDS } from "@/db/schema/whatsapp";
import { wildcardProblem } from "./wildcards";

export const BOT_MESSAGE_MAX = 1000;

/** "Salvar" of one automatic message: 1..1000 characters, WhatsApp formatting allowed, only known wildcards. */
export const saveBotMessageSchema = z.object({
  kind: z.enum(BOT_MESSAGE_KINDS, "Mensagem desconhecida."),
  body: z.string().trim()
    .min(1, "Escreva a mensagem.")
    .max(BOT_MESSAGE_MAX, `A mensagem pode ter no máximo ${BOT_MESSAGE_MAX} caracteres.`)
    .superRefine((body, ctx) => {
      const problem = wildcardProblem(body);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
});
export type SaveBotMessageInput = z.output<typeof saveBotMessageSchema>;
