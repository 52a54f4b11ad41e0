import { z } from "zod";
import type { WhatsappApiMode } from "@/db/schema";

/** The API modes, here rather than imported from the schema module so client forms do not bundle it. */
export const API_MODES = ["official", "unofficial"] as const satisfies readonly WhatsappApiMode[];

/** A secret field: blank keeps the stored value (required the first time, checked by the service); else at least `min` characters. */
const secret = (min: number, label: string) => z.string().trim()
  .refine((v) => v === "" || v.length >= min, `${label}: informe ao menos ${min} caracteres.`)
  .refine((v) => !/\s/.test(v), `${label}: não use espaços.`);

const metaId = (label: string) => z.string().trim().regex(/^\d{5,25}$/, `${label}: use apenas os dígitos do identificador da Meta.`);

export const officialApiSchema = z.object({
  wabaId: metaId("WABA id"),
  phoneNumberId: metaId("Phone number id"),
  token: secret(20, "Token"),
  appSecret: secret(16, "App secret"),
  verifyToken: secret(8, "Verify token"),
});
export type OfficialApiInput = z.output<typeof officialApiSchema>;
export type OfficialApiForm = z.input<typeof officialApiSchema>;

export const apiModeSchema = z.object({
  apiMode: z.enum(API_MODES, "Escolha a API oficial ou a não oficial."),
});
export type ApiModeInput = z.output<typeof apiModeSchema>;

/** Whole numbers typed in a text box: blank ⇒ null. */
const limit = (label: string, max: number, required: boolean) => z.union([z.string(), z.number()])
  .transform((v) => String(v).trim())
  .refine((v) => /^\d*$/.test(v), `${label}: use apenas números inteiros.`)
  .transform((v) => (v === "" ? null : Number(v)))
  .refine((v) => v !== null || !required, `${label}: informe um valor.`)
  .refine((v) => v === null || (v >= 1 && v <= max), `${label}: use um valor entre 1 e ${max.toLocaleString("pt-BR")}.`);

export const LIMIT_PER_DAY_MAX = 1_000_000;
export const LIMIT_PER_BATCH_MAX = 10_000;

export const sendAgentSchema = z.object({
  /** "Máx. envio por dia": blank = no limit. */
  limitPerDay: limit("Máx. envio por dia", LIMIT_PER_DAY_MAX, false),
  /** "Máx. envio entrada agente": starts per dispatcher cycle. */
  limitPerBatch: limit("Máx. envio entrada agente", LIMIT_PER_BATCH_MAX, true),
});
export type SendAgentInput = z.output<typeof sendAgentSchema>;
export type SendAgentForm = z.input<typeof sendAgentSchema>;

export const connectPlugSchema = z.object({
  /** Blank: the stored token (or, against the simulator, a generated one the first time). */
  token: z.string().trim().optional().default(""),
});
export type ConnectPlugInput = z.output<typeof connectPlugSchema>;

export const plugScanSchema = z.object({
  /** The simulated phone that reads the QR code; blank = the simulator's default number. */
  phone: z.string().trim().optional().default(""),
});
export type PlugScanInput = z.output<typeof plugScanSchema>;

export const noInputSchema = z.object({}).optional().default({});
