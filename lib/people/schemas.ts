import { z } from "zod";
import { validateDocument } from "@/lib/br/document";
import { normalizePhone } from "@/lib/br/phone";

export const PERSON_KINDS = ["natural", "legal"] as const;

const optionalText = (max: number, message: string) => z.string().trim().max(max, message);

const phoneSchema = z.object({
  phoneTypeId: z.number({ error: "Escolha o tipo do telefone." }).int().positive("Escolha o tipo do telefone."),
  number: z.string().trim().max(30, "Telefone com no máximo 30 caracteres.").superRefine((raw, ctx) => {
    const result = normalizePhone(raw);
    if (!result.ok) ctx.addIssue({ code: "custom", message: result.message });
  }),
  isPrimary: z.boolean(),
});

const emailSchema = z.object({
  email: z.string().trim().min(1, "Informe o e-mail.").max(200, "E-mail com no máximo 200 caracteres.")
    .pipe(z.email("E-mail inválido: confira o endereço, ex.: nome@empresa.com.br.")),
  isPrimary: z.boolean(),
});

const additionalValueSchema = z.object({
  fieldId: z.number({ error: "Escolha o campo." }).int().positive("Escolha o campo."),
  value: z.string().trim().min(1, "Informe o valor.").max(500, "Valor com no máximo 500 caracteres."),
});

const phonesSchema = z.array(phoneSchema).max(20, "No máximo 20 telefones.").superRefine((phones, ctx) => {
  const primaryTypes = new Set<number>();
  const numbers = new Set<string>();
  phones.forEach((phone, i) => {
    if (phone.isPrimary) {
      if (primaryTypes.has(phone.phoneTypeId)) {
        ctx.addIssue({ code: "custom", path: [i, "isPrimary"], message: "Já existe um telefone principal deste tipo: marque só um por tipo." });
      }
      primaryTypes.add(phone.phoneTypeId);
    }
    const normalized = normalizePhone(phone.number);
    if (normalized.ok) {
      if (numbers.has(normalized.e164)) ctx.addIssue({ code: "custom", path: [i, "number"], message: "Telefone repetido nesta pessoa." });
      numbers.add(normalized.e164);
    }
  });
});

const emailsSchema = z.array(emailSchema).max(20, "No máximo 20 e-mails.").superRefine((emails, ctx) => {
  const seen = new Set<string>();
  let primaries = 0;
  emails.forEach((row, i) => {
    if (row.isPrimary && ++primaries > 1) {
      ctx.addIssue({ code: "custom", path: [i, "isPrimary"], message: "Só um e-mail pode ser o principal." });
    }
    const key = row.email.toLowerCase();
    if (seen.has(key)) ctx.addIssue({ code: "custom", path: [i, "email"], message: "E-mail repetido nesta pessoa." });
    seen.add(key);
  });
});

const additionalValuesSchema = z.array(additionalValueSchema).superRefine((rows, ctx) => {
  const seen = new Set<number>();
  rows.forEach((row, i) => {
    if (seen.has(row.fieldId)) ctx.addIssue({ code: "custom", path: [i, "fieldId"], message: "Campo repetido: informe cada campo uma vez." });
    seen.add(row.fieldId);
  });
});

const documentFields = new Set(["kind", "document", "accountId"]);

/** PESFM010: one schema for the person form and the "people.save" action. */
export const personSchema = z.object({
  id: z.number().int().positive().optional(),
  kind: z.enum(PERSON_KINDS, { error: "Escolha pessoa física ou jurídica." }),
  document: optionalText(20, "CPF/CNPJ com no máximo 20 caracteres."),
  name: z.string().trim().min(2, "Informe o nome (ao menos 2 letras).").max(150, "Nome com no máximo 150 caracteres."),
  tradeName: optionalText(150, "Nome fantasia com no máximo 150 caracteres."),
  erpCode: optionalText(30, "Código ERP com no máximo 30 caracteres."),
  crmCode: optionalText(30, "Código CRM com no máximo 30 caracteres."),
  /** Set when this person is a contact of that account person. */
  accountId: z.number().int().positive().nullable(),
  optOutWhatsapp: z.boolean(),
  optOutSms: z.boolean(),
  optOutEmail: z.boolean(),
  phones: phonesSchema,
  emails: emailsSchema,
  additionalValues: additionalValuesSchema,
}).superRefine((person, ctx) => {
  const label = person.kind === "natural" ? "CPF" : "CNPJ";
  if (!person.document) {
    // Contacts may be people the ERP does not know by document; accounts may not.
    if (person.accountId === null) ctx.addIssue({ code: "custom", path: ["document"], message: `Informe o ${label}.` });
    return;
  }
  const result = validateDocument(person.document, person.kind);
  if (!result.ok) ctx.addIssue({ code: "custom", path: ["document"], message: result.message });
}, {
  // Runs even when other fields failed, so the form shows every problem at once.
  when: (payload) => !payload.issues.some((issue) => documentFields.has(String(issue.path?.[0]))),
});

export type PersonInput = z.infer<typeof personSchema>;

export const personIdSchema = z.object({ id: z.number().int().positive() });

export const SEARCH_MODES = {
  auto: "Automático",
  name: "Nome",
  document: "CPF/CNPJ",
  phone: "Telefone",
  erp: "Código ERP",
} as const;
export type SearchMode = keyof typeof SEARCH_MODES;

/** The list's GET query (q, modo, page), tolerant of anything typed into the address bar. */
export const peopleSearchSchema = z.object({
  q: z.string().catch("").transform((q) => q.trim().slice(0, 100)),
  mode: z.enum(Object.keys(SEARCH_MODES) as [SearchMode, ...SearchMode[]]).catch("auto"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type PeopleSearch = z.infer<typeof peopleSearchSchema>;
