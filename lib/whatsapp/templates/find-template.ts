import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { whatsappTemplates } from "@/db/schema";
import { grantedCompanyIds, type Ctx } from "@/lib/core/ctx";
import { notFound } from "@/lib/core/errors";

export type WhatsappTemplate = typeof whatsappTemplates.$inferSelect;

/**
 * A template of a company granted to the user (any other id is simply not found), optionally locked for update.
 * Calls to Meta then use the template's own company account, whichever company is logged.
 */
export async function findTemplate(ctx: Pick<Ctx, "companies"> & { db: DbOrTx }, id: number, options: { lock?: boolean } = {}): Promise<WhatsappTemplate> {
  const query = ctx.db.select().from(whatsappTemplates)
    .where(and(eq(whatsappTemplates.id, id), inArray(whatsappTemplates.companyId, grantedCompanyIds(ctx))));
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) throw notFound("Modelo");
  return row;
}
