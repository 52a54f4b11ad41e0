import { z } from "zod";
import { normalizePhone } from "@/lib/br/phone";

export const OCCURRENCE_STATUS_LABELS = {
  open: "Aberta",
  in_progress: "Em andamento",
  waiting_customer: "Aguardando cliente",
  waiting_authorization: "Aguardando autorização",
  closed: "Encerrada",
} as const;
export const OCCURRENCE_STATUSES = Object.keys(OCCURRENCE_STATUS_LABELS) as [keyof typeof OCCURRENCE_STATUS_LABELS, ...(keyof typeof OCCURRENCE_STATUS_LABELS)[]];

export const OPPORTUNITY_STAGE_LABELS = {
  prospecting: "Prospecção",
  qualification: "Qualificação",
  proposal: "Proposta",
  negotiation: "Negociação",
  won: "Ganha",
  lost: "Perdida",
} as const;
export const OPPORTUNITY_STAGES = Object.keys(OPPORTUNITY_STAGE_LABELS) as [keyof typeof OPPORTUNITY_STAGE_LABELS, ...(keyof typeof OPPORTUNITY_STAGE_LABELS)[]];

const optionalText = (max: number, message: string) => z.string().trim().max(max, message);

/** The account and contact a record is about; the forms carry them as hidden fields prefilled from the CTI URL. */
const target = {
  accountId: z.number({ message: "Selecione a conta." }).int().positive("Selecione a conta."),
  contactId: z.number().int().positive().nullable(),
};

export const leadSchema = z.object({
  name: z.string().trim().min(2, "Informe o nome do lead.").max(120, "Nome com no máximo 120 caracteres."),
  /** Optional; when given it must be a valid number (stored as E.164 by createLead, so it dials and identifies). */
  phone: optionalText(30, "Telefone com no máximo 30 caracteres.").refine((v) => v === "" || normalizePhone(v).ok, "Telefone inválido: informe DDD e número, ex.: (11) 98765-4321."),
  email: z.union([z.literal(""), z.string().trim().email("E-mail inválido.").max(200, "E-mail com no máximo 200 caracteres.")]),
  notes: optionalText(2000, "Observações com no máximo 2000 caracteres."),
});
export type LeadInput = z.infer<typeof leadSchema>;

export const occurrenceSchema = z.object({
  ...target,
  typeId: z.number({ message: "Selecione o tipo." }).int().positive("Selecione o tipo."),
  subject: z.string().trim().min(3, "Informe o assunto (mínimo 3 caracteres).").max(200, "Assunto com no máximo 200 caracteres."),
  description: optionalText(4000, "Descrição com no máximo 4000 caracteres."),
  status: z.enum(OCCURRENCE_STATUSES, { message: "Selecione a situação." }),
});
export type OccurrenceInput = z.infer<typeof occurrenceSchema>;

export const opportunitySchema = z.object({
  ...target,
  title: z.string().trim().min(3, "Informe o título (mínimo 3 caracteres).").max(200, "Título com no máximo 200 caracteres."),
  amount: z.string().trim().regex(/^(\d{1,3}(\.\d{3})*|\d{1,12})(,\d{1,2})?$/, "Valor inválido: use o formato 1.234,56."),
  stage: z.enum(OPPORTUNITY_STAGES, { message: "Selecione a etapa." }),
});
export type OpportunityInput = z.infer<typeof opportunitySchema>;

export const historySchema = z.object({
  ...target,
  note: z.string().trim().min(3, "Descreva o histórico (mínimo 3 caracteres).").max(4000, "Histórico com no máximo 4000 caracteres."),
});
export type HistoryInput = z.infer<typeof historySchema>;

export const taskSchema = z.object({
  ...target,
  title: z.string().trim().min(3, "Informe a tarefa (mínimo 3 caracteres).").max(200, "Tarefa com no máximo 200 caracteres."),
  dueDate: z.union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Data inválida.")]),
});
export type TaskInput = z.infer<typeof taskSchema>;

/** "1.234,56" ⇒ 123456. */
export function amountToCents(amount: string): number {
  const [whole = "0", fraction = ""] = amount.replaceAll(".", "").split(",");
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
}
