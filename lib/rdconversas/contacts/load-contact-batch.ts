import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { rdContactBatches } from "@/db/schema";
import { grantedCompanyIds, type Ctx } from "@/lib/core/ctx";
import { ServiceError } from "@/lib/core/errors";

/** A batch of a granted company, optionally locked for a change; other companies' batches do not exist for the caller. */
export async function loadContactBatch(ctx: Ctx, id: number, { lock = false } = {}) {
  const query = ctx.db.select().from(rdContactBatches)
    .where(and(eq(rdContactBatches.id, id), inArray(rdContactBatches.companyId, grantedCompanyIds(ctx))));
  const [batch] = lock ? await query.for("update") : await query;
  if (!batch) throw new ServiceError("NOT_FOUND", "Lote de envio de contatos não encontrado.");
  return batch;
}
