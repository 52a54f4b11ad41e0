import { z } from "zod";

const text = z.string().trim().max(100).transform((v) => v || undefined).optional().catch(undefined);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined);
const positiveInt = z.coerce.number().int().positive().optional().catch(undefined);

/** The audit screen's filters as they travel in the query string (a GET form); bad values are dropped. */
export const auditSearchParamsSchema = z.object({
  entidade: text,
  usuario: positiveInt,
  /** A company id, or "org" for organization-wide entries. */
  empresa: z.union([z.literal("org"), z.coerce.number().int().positive()]).optional().catch(undefined),
  acao: text,
  de: isoDate,
  ate: isoDate,
  registro: text,
  page: z.coerce.number().int().positive().max(100_000).catch(1).default(1),
});
export type AuditSearchParams = z.infer<typeof auditSearchParamsSchema>;

export type AuditFilters = {
  entity?: string;
  userId?: number;
  companyId?: number | "organization";
  action?: string;
  /** Calendar dates in São Paulo, inclusive. */
  from?: string;
  to?: string;
  /** Free text matched anywhere in the changed record's id. */
  entityId?: string;
  page: number;
};

export function auditFiltersOf(params: AuditSearchParams): AuditFilters {
  return {
    entity: params.entidade, userId: params.usuario, action: params.acao, from: params.de, to: params.ate,
    entityId: params.registro, page: params.page,
    companyId: params.empresa === "org" ? "organization" : params.empresa,
  };
}
