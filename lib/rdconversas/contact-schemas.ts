import { z } from "zod";

export const CONTACT_CANDIDATES_PAGE_SIZE = 50;
/** Rows a user can tick on one page; "all results" is resolved by the server from the filters instead. */
const MAX_SELECTED = CONTACT_CANDIDATES_PAGE_SIZE;

const isoDate = z.string().trim().regex(/^(\d{4}-\d{2}-\d{2})?$/, "Data inválida: use o seletor de data.");

/** PESFP079 filters, as they travel in the address bar and in the "Enviar" action. */
export const contactFiltersSchema = z.object({
  /** Empty = the logged company; decides which CD_TIPOFONE_CELULAR applies and owns the batch. */
  companyId: z.coerce.number().int().positive().optional().catch(undefined),
  name: z.string().trim().max(120, "Nome com no máximo 120 caracteres.").default(""),
  erpCode: z.string().trim().max(60, "Código ERP com no máximo 60 caracteres.").default(""),
  /** Registered on or after this date (yyyy-mm-dd, São Paulo). */
  since: isoDate.default(""),
});
export type ContactFilters = z.infer<typeof contactFiltersSchema>;

export const contactCandidatesSearchSchema = contactFiltersSchema.extend({
  page: z.coerce.number().int().min(1).catch(1).default(1),
});
export type ContactCandidatesSearch = z.infer<typeof contactCandidatesSearchSchema>;

export const startContactBatchSchema = z.discriminatedUnion("selection", [
  z.object({
    selection: z.literal("ids"),
    filters: contactFiltersSchema,
    personIds: z.array(z.number().int().positive()).min(1, "Selecione ao menos uma pessoa.")
      .max(MAX_SELECTED, `Selecione no máximo ${MAX_SELECTED} pessoas ou use “Selecionar todos os resultados”.`),
  }),
  /** Every candidate matching the filters, resolved again on the server. */
  z.object({ selection: z.literal("all"), filters: contactFiltersSchema }),
]);
export type StartContactBatchInput = z.infer<typeof startContactBatchSchema>;

export const contactBatchIdSchema = z.object({ id: z.number().int().positive() });
export type ContactBatchIdInput = z.infer<typeof contactBatchIdSchema>;
