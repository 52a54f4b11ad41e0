import { z } from "zod";
import { OUTBOX_STATUSES } from "@/db/schema/messaging";

const text = z.string().trim().max(100).transform((v) => v || undefined).optional().catch(undefined);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined);

/** Message log filters as they travel in the query string (a GET form); bad values are dropped, never fatal. */
export const messageSearchParamsSchema = z.object({
  empresa: z.coerce.number().int().positive().optional().catch(undefined),
  situacao: z.enum(OUTBOX_STATUSES).optional().catch(undefined),
  provedor: text,
  tipo: text,
  de: isoDate,
  ate: isoDate,
  destinatario: text,
  page: z.coerce.number().int().positive().max(100_000).catch(1).default(1),
});
export type MessageSearchParams = z.infer<typeof messageSearchParamsSchema>;
