import { z } from "zod";
import { DOCUMENT_KIND_OPTIONS, STATEMENT_TYPE_OPTIONS } from "./labels";
import { unknownWildcards } from "./wildcards";

export const DOCUMENT_BODY_MAX = 20_000;

export const documentTemplateSchema = z.object({
  id: z.number().int().positive().optional(),
  kind: z.enum(DOCUMENT_KIND_OPTIONS, "Selecione o tipo de documento."),
  name: z.string().trim().min(2, "Informe o nome do documento.").max(120, "Nome com no máximo 120 caracteres."),
  /** Only debt statements have a type; the field is ignored (stored null) for agreement terms. */
  statementType: z.enum(STATEMENT_TYPE_OPTIONS, "Selecione o tipo do demonstrativo.").nullable(),
  body: z.string().trim().min(1, "Escreva o texto do documento.")
    .max(DOCUMENT_BODY_MAX, `Texto com no máximo ${DOCUMENT_BODY_MAX.toLocaleString("pt-BR")} caracteres.`),
}).superRefine((value, ctx) => {
  if (value.kind === "debt_statement" && !value.statementType) {
    ctx.addIssue({ code: "custom", path: ["statementType"], message: "Selecione o tipo do demonstrativo (Título Original ou Título Atualizado)." });
  }
  const unknown = unknownWildcards(value.body);
  if (unknown.length) {
    ctx.addIssue({
      code: "custom", path: ["body"],
      message: `${unknown.length === 1 ? "Coringa desconhecido" : "Coringas desconhecidos"}: ${unknown.join(", ")}. Use os botões de coringa para inseri-los.`,
    });
  }
}).transform((value) => ({ ...value, statementType: value.kind === "debt_statement" ? value.statementType : null }));

export type DocumentTemplateInput = z.input<typeof documentTemplateSchema>;
export type DocumentTemplateValues = z.output<typeof documentTemplateSchema>;

export const documentTemplateIdSchema = z.object({ id: z.number().int().positive() });
