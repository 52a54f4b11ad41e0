import { z } from "zod";
import { TEMPLATE_CATEGORIES } from "@/db/schema";
import { isTemplateField, placeholderNumbers } from "@/lib/whatsapp/template-fields";

export const TEMPLATE_NAME_MAX = 512;
export const TEMPLATE_BODY_MAX = 1024;
export const TEMPLATE_EXAMPLE_MAX = 200;

export const CATEGORY_LABELS = { MARKETING: "Marketing", UTILITY: "Utilidade" } as const;
/** The seed's explanation of the two categories Recado works with. */
export const CATEGORY_HELP = {
  MARKETING: "Promoções ou ofertas, atualizações informativas ou convites que incentivam uma resposta ou ação do cliente.",
  UTILITY: "Facilitam uma transação ou solicitação específica e acordada de antemão, ou informam sobre uma transação em andamento (confirmações, atualizações, avisos pós-compra).",
} as const;

/** "Cobrança Março 2025!" → "cobranca_marco_2025": lowercase, no accents, spaces and dashes as underscores. */
export function normalizeTemplateName(raw: string): string {
  return raw.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim()
    .replace(/[\s-]+/g, "_").replace(/[^a-z0-9_]/g, "").replace(/_+/g, "_").replace(/^_|_$/g, "");
}

/**
 * What is wrong with a body's placeholders, or null: {{1}}..{{n}} with no gap, no {{0}}, not at the very start or end
 * (Meta refuses those), and only the {{n}} form.
 */
export function placeholderProblem(body: string): string | null {
  if (/\{\{\s*0+\s*\}\}/.test(body)) return "Os coringas começam em {{1}}: {{0}} não é permitido.";
  // What is left of {{ or }} once every well-formed {{n}} is taken out.
  const malformed = body.replace(/\{\{\s*\d+\s*\}\}/g, " ").match(/\{\{[^{}]{0,20}\}{0,2}|\{?[^{}\s]{0,20}\}\}/);
  if (malformed) return `Coringa mal formado: ${malformed[0]}. Use {{1}}, {{2}}…`;
  const numbers = [...new Set(placeholderNumbers(body))].sort((a, b) => a - b);
  const missing = numbers.length ? Array.from({ length: numbers.at(-1)! }, (_, i) => i + 1).filter((n) => !numbers.includes(n)) : [];
  if (missing.length) return `Falta o coringa ${missing.map((n) => `{{${n}}}`).join(", ")}: numere em sequência, sem lacunas.`;
  const trimmed = body.trim();
  if (/^\{\{\s*\d+\s*\}\}/.test(trimmed)) return "A mensagem não pode começar com um coringa.";
  if (/\{\{\s*\d+\s*\}\}[.!?]?$/.test(trimmed)) return "A mensagem não pode terminar com um coringa.";
  return null;
}

const baseTemplate = z.object({
  category: z.enum(TEMPLATE_CATEGORIES, { message: "Escolha a categoria: Marketing ou Utilidade." }),
  body: z.string().trim().min(1, "Escreva a mensagem.").max(TEMPLATE_BODY_MAX, `A mensagem pode ter no máximo ${TEMPLATE_BODY_MAX} caracteres.`),
  examples: z.array(z.string().trim().max(TEMPLATE_EXAMPLE_MAX, `Exemplo com no máximo ${TEMPLATE_EXAMPLE_MAX} caracteres.`)).max(100),
});

/** Placeholders in sequence and one non-empty example per variable, each error on its field. */
function checkBody(value: z.infer<typeof baseTemplate>, ctx: z.RefinementCtx) {
  const problem = placeholderProblem(value.body);
  if (problem) {
    ctx.addIssue({ code: "custom", path: ["body"], message: problem });
    return;
  }
  const count = Math.max(0, ...placeholderNumbers(value.body));
  for (let i = 0; i < count; i++) {
    if (!value.examples[i]) ctx.addIssue({ code: "custom", path: ["examples", i], message: `Informe um exemplo para {{${i + 1}}}.` });
  }
}

export const templateNameSchema = z.string().trim()
  .transform(normalizeTemplateName)
  .pipe(z.string().min(1, "Informe o nome do modelo (letras, números e _).").max(TEMPLATE_NAME_MAX, `Nome com no máximo ${TEMPLATE_NAME_MAX} caracteres.`));

export const createTemplateSchema = baseTemplate.extend({ name: templateNameSchema }).superRefine(checkBody);
export type CreateTemplateInput = z.infer<typeof createTemplateSchema>;
export type CreateTemplateForm = z.input<typeof createTemplateSchema>;

/** A rejected (or paused) template edited and sent for review again; the name stays (Meta keys templates by name). */
export const resubmitTemplateSchema = baseTemplate.extend({ id: z.number().int().positive() }).superRefine(checkBody);
export type ResubmitTemplateInput = z.infer<typeof resubmitTemplateSchema>;

export const templateIdSchema = z.object({ id: z.number().int().positive() });

export const templateMappingSchema = z.object({
  id: z.number().int().positive(),
  mapping: z.array(z.string()),
}).superRefine((value, ctx) => {
  value.mapping.forEach((code, i) => {
    if (!code) ctx.addIssue({ code: "custom", path: ["mapping", i], message: `Escolha o campo de {{${i + 1}}}.` });
    else if (!isTemplateField(code)) ctx.addIssue({ code: "custom", path: ["mapping", i], message: `Campo desconhecido para {{${i + 1}}}: ${code}.` });
  });
});
export type TemplateMappingInput = z.infer<typeof templateMappingSchema>;

export const templateListSchema = z.object({
  status: z.enum(["pending", "approved", "rejected", "paused", "disabled"]).optional(),
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).catch(1).default(1),
});
