import { z } from "zod";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined);
const positiveInt = z.coerce.number().int().positive().optional().catch(undefined);

/** The CTI log screens' filters as they travel in the query string (a GET form); bad values are dropped. */
export const ctiLogSearchParamsSchema = z.object({
  usuario: positiveInt,
  de: isoDate,
  ate: isoDate,
  /** "1" on the calls screen: only calls nobody answered. */
  nao_atendidas: z.literal("1").optional().catch(undefined),
  page: z.coerce.number().int().positive().max(100_000).catch(1).default(1),
});
export type CtiLogSearchParams = z.infer<typeof ctiLogSearchParamsSchema>;

export type CtiLogFilters = {
  /** Honoured for admins only; operators always see their own rows. */
  userId?: number;
  /** Calendar dates in São Paulo, inclusive. */
  from?: string;
  to?: string;
  unansweredOnly?: boolean;
  page: number;
};

export function ctiLogFiltersOf(params: CtiLogSearchParams): CtiLogFilters {
  return { userId: params.usuario, from: params.de, to: params.ate, unansweredOnly: params.nao_atendidas === "1", page: params.page };
}

/** The query string that reproduces the filters, for pagination links. */
export function ctiLogQueryOf(params: CtiLogSearchParams): Record<string, string | undefined> {
  return { usuario: params.usuario?.toString(), de: params.de, ate: params.ate, nao_atendidas: params.nao_atendidas };
}
