import { z } from "zod";
import { ORDER_CHANNELS, PAYMENT_METHODS, RECEIVABLE_STATUSES } from "@/db/schema/people";
import { validateDocument } from "@/lib/br/document";
import { normalizePhone } from "@/lib/br/phone";
import { PERSON_KINDS } from "@/lib/people/schemas";
import { ORDER_STAGES, stageExistsIn, stageLabel, stagesOf } from "@/lib/rdconversas/order-stages";

/** Rows per request: a bigger batch is refused whole, so one request stays one short transaction. */
export const MAX_ROWS_PER_REQUEST = 1000;

const requiredText = (what: string, max: number) =>
  z.string({ error: `Informe ${what} (texto).` }).trim().min(1, `Informe ${what}.`).max(max, `${what} com no máximo ${max} caracteres.`);

/** Optional text: omitted keeps the stored value, null or "" clears it. */
const optionalText = (what: string, max: number) =>
  z.string({ error: `${what} deve ser um texto ou null.` }).trim().max(max, `${what} com no máximo ${max} caracteres.`).nullish();

const cents = (what: string) => z.number({ error: `${what} deve ser um número inteiro de centavos, ex.: 1250 para R$ 12,50.` })
  .int(`${what} deve ser um número inteiro de centavos, ex.: 1250 para R$ 12,50.`)
  .min(0, `${what} não pode ser negativo.`)
  .max(Number.MAX_SAFE_INTEGER, `${what} grande demais.`);

const list = (values: readonly string[]) => values.join(", ");

export const apiPhoneSchema = z.object({
  type: requiredText("o código do tipo de telefone (ex.: CEL)", 20)
    .meta({ description: "Código do tipo de telefone cadastrado em PESFM020, ex.: CEL." }),
  number: z.string({ error: "Informe o telefone (texto)." }).trim().max(30, "Telefone com no máximo 30 caracteres.")
    .superRefine((raw, ctx) => {
      const result = normalizePhone(raw);
      if (!result.ok) ctx.addIssue({ code: "custom", message: result.message });
    })
    .meta({ description: "Em qualquer formato brasileiro (com ou sem +55, DDD e 9º dígito) ou internacional com +código." }),
  primary: z.boolean({ error: "primary deve ser true ou false." }).optional()
    .meta({ description: "Principal do seu tipo. Sem nenhum marcado, o primeiro telefone de cada tipo é o principal." }),
});

const apiPhonesSchema = z.array(apiPhoneSchema, { error: "phones deve ser uma lista de telefones." })
  .max(20, "No máximo 20 telefones por pessoa.")
  .superRefine((phones, ctx) => {
    const primaryTypes = new Set<string>();
    const numbers = new Set<string>();
    phones.forEach((phone, i) => {
      if (phone.primary) {
        if (primaryTypes.has(phone.type)) ctx.addIssue({ code: "custom", path: [i, "primary"], message: `Mais de um telefone principal do tipo ${phone.type}: marque só um.` });
        primaryTypes.add(phone.type);
      }
      const normalized = normalizePhone(phone.number);
      if (normalized.ok) {
        if (numbers.has(normalized.e164)) ctx.addIssue({ code: "custom", path: [i, "number"], message: "Telefone repetido nesta pessoa." });
        numbers.add(normalized.e164);
      }
    });
  });

const documentFields = new Set(["kind", "document"]);

/** POST /api/v1/people: one person of the organization-wide registry, identified by its ERP code. */
export const personRowSchema = z.object({
  erpCode: requiredText("o código ERP", 30),
  kind: z.enum(PERSON_KINDS, { error: 'Tipo de pessoa desconhecido: use "natural" (física) ou "legal" (jurídica).' }),
  document: requiredText("o CPF/CNPJ", 20).meta({ description: "CPF (natural) ou CNPJ (legal), com ou sem pontuação." }),
  name: z.string({ error: "Informe o nome (texto)." }).trim().min(2, "Informe o nome (ao menos 2 letras).")
    .max(150, "Nome com no máximo 150 caracteres."),
  tradeName: optionalText("Nome fantasia", 150),
  crmCode: optionalText("Código CRM", 30),
  phones: apiPhonesSchema.optional()
    .meta({ description: "Os telefones dos tipos enviados substituem os da pessoa nesses tipos; os de outros tipos ficam." }),
}).superRefine((person, ctx) => {
  const result = validateDocument(person.document, person.kind);
  if (!result.ok) ctx.addIssue({ code: "custom", path: ["document"], message: result.message });
}, { when: (payload) => !payload.issues.some((issue) => documentFields.has(String(issue.path?.[0]))) });
export type PersonRow = z.output<typeof personRowSchema>;

/** POST /api/v1/receivables: one receivable of the key's company, identified by its document number. */
export const receivableRowSchema = z.object({
  personErpCode: requiredText("o código ERP da pessoa", 30),
  documentNumber: requiredText("o número do documento", 40),
  dueDate: z.iso.date({ error: "Data de vencimento inválida: use aaaa-MM-dd, ex.: 2026-05-25." }),
  amountCents: cents("amountCents"),
  paymentMethod: z.enum(PAYMENT_METHODS, { error: `Forma de pagamento desconhecida: use ${list(PAYMENT_METHODS)}.` }),
  status: z.enum(RECEIVABLE_STATUSES, { error: `Situação desconhecida: use ${list(RECEIVABLE_STATUSES)}.` }),
  digitableLine: optionalText("Linha digitável", 60),
  pixCode: optionalText("Código PIX", 500),
});
export type ReceivableRow = z.output<typeof receivableRowSchema>;

const orderFields = new Set(["channel", "stage"]);

/** POST /api/v1/orders: one order of the key's company, identified by its number; a new stage is a stage change. */
export const orderRowSchema = z.object({
  number: requiredText("o número do pedido", 40),
  personErpCode: requiredText("o código ERP da pessoa", 30),
  channel: z.enum(ORDER_CHANNELS, { error: `Canal desconhecido: use ${list(ORDER_CHANNELS)}.` }),
  stage: requiredText("o estágio", 40)
    .meta({ description: `Código do estágio: ${ORDER_STAGES.map((s) => `${s.code} (${s.channels.join("/")})`).join(", ")}.` }),
  totalCents: cents("totalCents").optional(),
  stageAt: z.iso.datetime({ offset: true, error: "stageAt inválido: use data e hora ISO 8601, ex.: 2026-11-23T10:15:00-03:00." }).optional()
    .meta({ description: "Quando o pedido entrou no estágio; sem ele, o momento do recebimento." }),
}).superRefine((order, ctx) => {
  if (stageExistsIn(order.stage, order.channel)) return;
  const known = stagesOf(order.channel).map((s) => s.code);
  const message = ORDER_STAGES.some((s) => s.code === order.stage)
    ? `O estágio "${stageLabel(order.stage)}" não existe no canal ${order.channel}: use ${list(known)}.`
    : `Estágio desconhecido: "${order.stage}". Use ${list(known)}.`;
  ctx.addIssue({ code: "custom", path: ["stage"], message });
}, { when: (payload) => !payload.issues.some((issue) => orderFields.has(String(issue.path?.[0]))) });
export type OrderRow = z.output<typeof orderRowSchema>;

const batchOf = <S extends z.ZodType>(rows: S) => z.array(rows).max(MAX_ROWS_PER_REQUEST);

export const peopleRequestSchema = z.object({ people: batchOf(personRowSchema) });
export const receivablesRequestSchema = z.object({ receivables: batchOf(receivableRowSchema) });
export const ordersRequestSchema = z.object({ orders: batchOf(orderRowSchema) });

const count = () => z.number().int().min(0);

/** One refusal of one row; the row's key (erpCode, documentNumber or number) is added beside index. */
export const rowErrorSchema = z.object({
  index: count().meta({ description: "Posição da linha na lista enviada (a partir de 0)." }),
  field: z.string().meta({ description: 'Campo recusado, em caminho com pontos, ex.: "phones.0.number".' }),
  message: z.string(),
});

export const importResultSchema = z.object({
  received: count(),
  created: count(),
  updated: count(),
  unchanged: count().meta({ description: "Linhas iguais ao que já estava gravado: nada foi escrito." }),
  errors: z.array(rowErrorSchema),
});

export const apiErrorSchema = z.object({ error: z.string() });
