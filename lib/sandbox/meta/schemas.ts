import { z } from "zod";
import { normalizePhone } from "@/lib/br/phone";
import { META_REJECTION_REASONS } from "@/lib/providers/meta/wire";

/** Words typed one per line (or separated by commas/semicolons), blanks ignored. */
export const splitWordList = (text: string) => text.split(/[\n,;]+/).map((s) => s.trim()).filter(Boolean);

/** "Aprovar" / "Rejeitar" on a template of the simulator; a rejection names Meta's reason. */
export const metaSandboxReviewSchema = z.object({
  templateId: z.string().trim().min(1, "Informe o modelo."),
  decision: z.enum(["APPROVED", "REJECTED", "PAUSED", "DISABLED"], { error: "Escolha a decisão." }),
  reason: z.enum(META_REJECTION_REASONS, { error: "Escolha o motivo da rejeição." }),
});
export type MetaSandboxReviewInput = z.infer<typeof metaSandboxReviewSchema>;

/** Automatic review: after how many seconds (or manual only) and which words get a body rejected. */
export const metaSandboxReviewRulesSchema = z.object({
  manualOnly: z.boolean(),
  delaySeconds: z.number({ error: "Informe o atraso em segundos." })
    .min(0, "O atraso não pode ser negativo.").max(86_400, "Atraso de no máximo 86.400 s (24 h)."),
  rejectWords: z.string().max(2000, "Lista de palavras longa demais."),
}).superRefine((value, ctx) => {
  const words = splitWordList(value.rejectWords);
  if (words.length > 100) ctx.addIssue({ code: "custom", path: ["rejectWords"], message: "No máximo 100 palavras." });
  if (words.some((w) => w.length > 100)) ctx.addIssue({ code: "custom", path: ["rejectWords"], message: "Cada palavra pode ter no máximo 100 caracteres." });
});
export type MetaSandboxReviewRulesInput = z.infer<typeof metaSandboxReviewRulesSchema>;

/** Status callbacks after a send: read automatically or not, and how often they come out of order. */
export const metaSandboxStatusOptionsSchema = z.object({
  autoRead: z.boolean(),
  shufflePercent: z.number({ error: "Informe o percentual fora de ordem (0 a 100)." })
    .min(0, "O percentual fora de ordem vai de 0 a 100.").max(100, "O percentual fora de ordem vai de 0 a 100."),
});
export type MetaSandboxStatusOptionsInput = z.infer<typeof metaSandboxStatusOptionsSchema>;

/** "Mensagem do cliente": a customer writes to the business number, opening the 24-hour window. */
export const metaSandboxCustomerMessageSchema = z.object({
  phone: z.string().trim().refine((v) => normalizePhone(v).ok, "Telefone inválido: use DDD e número, ex.: (11) 98765-4321."),
  name: z.string().trim().max(120, "Nome de no máximo 120 caracteres."),
  text: z.string().trim().min(1, "Escreva a mensagem.").max(4096, "Mensagem de no máximo 4.096 caracteres."),
  wabaId: z.string().trim(),
});
export type MetaSandboxCustomerMessageInput = z.infer<typeof metaSandboxCustomerMessageSchema>;

export const metaSandboxResetSchema = z.object({});
