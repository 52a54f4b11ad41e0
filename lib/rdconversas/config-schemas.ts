import { z } from "zod";
import { messageTypeLabel } from "./message-types";

export const testRdConnectionSchema = z.object({
  /** Blank: the stored token. */
  token: z.string().trim().optional().default(""),
  /** Blank: the stored chip number. */
  chipNumber: z.string().trim().optional().default(""),
});
export type TestRdConnectionInput = z.output<typeof testRdConnectionSchema>;

const newMessageSchema = z.object({
  templateId: z.string().min(1, "Escolha o template."),
  type: z.string().min(1, "Escolha o tipo da mensagem."),
  chipId: z.string().min(1, "Escolha o chip."),
});

export const createRdMessagesSchema = z.object({
  items: z.array(newMessageSchema).min(1, "Selecione ao menos um template."),
}).superRefine((value, ctx) => {
  const seen = new Set<string>();
  value.items.forEach((item, index) => {
    if (item.type && seen.has(item.type)) {
      ctx.addIssue({
        code: "custom", path: ["items", index, "type"],
        message: `O tipo "${messageTypeLabel(item.type)}" foi escolhido para mais de um template.`,
      });
    }
    seen.add(item.type);
  });
});
export type CreateRdMessagesInput = z.output<typeof createRdMessagesSchema>;

export const saveRdMessageSchema = z.object({
  id: z.number().int().positive(),
  chipId: z.string().min(1, "Escolha o chip."),
  active: z.boolean(),
  /** Field codes filling {{1}}, {{2}}... in order. */
  fields: z.array(z.string().min(1, "Escolha o campo.")),
});
export type SaveRdMessageInput = z.output<typeof saveRdMessageSchema>;

export const rdMessageIdSchema = z.object({ id: z.number().int().positive() });

export const sendRdTestMessageSchema = z.object({
  id: z.number().int().positive(),
  phone: z.string().trim().min(1, "Informe o telefone que recebe o teste."),
});
export type SendRdTestMessageInput = z.output<typeof sendRdTestMessageSchema>;

export const replicateRdMessageSchema = z.object({
  id: z.number().int().positive(),
  companyIds: z.array(z.number().int().positive()).min(1, "Escolha ao menos uma empresa."),
});
export type ReplicateRdMessageInput = z.output<typeof replicateRdMessageSchema>;
