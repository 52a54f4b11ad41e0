import { z } from "zod";
import { CRON_FIELDS, cronFieldError, type Frequency } from "./schedule";
import { parseSaoPauloLocal } from "./sao-paulo-time";

export const FREQUENCY_LABELS: Record<Frequency, string> = { once: "Uma vez", daily: "Diária", cron: "Campos cron" };

const cronField = z.string().trim().max(100, "No máximo 100 caracteres.");

export const processConfigSchema = z.object({
  id: z.number().int().positive().optional(),
  description: z.string().trim().max(120, "Descrição com no máximo 120 caracteres."),
  processType: z.string().trim().min(1, "Escolha o tipo de processo."),
  processCode: z.string().trim().min(1, "Escolha o processo."),
  /** Empty: the logged company. */
  companyIds: z.array(z.number().int().positive()).max(200, "No máximo 200 empresas."),
  groupCompanies: z.boolean(),
  frequency: z.enum(["once", "daily", "cron"], { error: "Escolha a frequência." }),
  /** São Paulo wall clock, as a datetime-local input gives it. */
  startAt: z.string().trim().min(1, "Informe a data/hora de início.")
    .refine((v) => parseSaoPauloLocal(v) !== null, "Data/hora de início inválida: use dd/mm/aaaa hh:mm."),
  cronMinute: cronField,
  cronHour: cronField,
  cronDayOfMonth: cronField,
  cronMonth: cronField,
  cronDayOfWeek: cronField,
  params: z.record(z.string(), z.unknown()),
  externalAgent: z.string().trim().max(120, "Agente externo com no máximo 120 caracteres."),
  active: z.boolean(),
}).superRefine((config, ctx) => {
  // Cron fields only matter (and are only shown) for the "Campos cron" frequency.
  if (config.frequency !== "cron") return;
  for (const { key } of CRON_FIELDS) {
    const error = cronFieldError(key, config[key]);
    if (error) ctx.addIssue({ code: "custom", path: [key], message: error });
  }
});
export type ProcessConfigInput = z.infer<typeof processConfigSchema>;

export const configIdSchema = z.object({ id: z.number().int().positive() });
export const setConfigActiveSchema = z.object({ id: z.number().int().positive(), active: z.boolean() });

export const requestRunSchema = z.object({
  configId: z.number().int().positive(),
  /** "Executar para a data...": the business date the run works for; absent = today in São Paulo. */
  referenceDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Data de referência inválida: use dd/mm/aaaa.")
    .refine((v) => !Number.isNaN(Date.parse(`${v}T12:00:00Z`)) && new Date(`${v}T12:00:00Z`).toISOString().startsWith(v),
      "Data de referência inválida: esta data não existe.")
    .optional(),
});
export type RequestRunInput = z.infer<typeof requestRunSchema>;

export const runIdSchema = z.object({ id: z.number().int().positive() });
