import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { whatsappTemplates } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { notFound } from "@/lib/core/errors";

export type WhatsappTemplate = typeof whatsappTemplates.$inferSelect;

/** A template of the logged company (another company's id is simply not found), optionally locked for update. */
export async function findTemplate(ctx: Pick<Ctx, "companyId"> & { db: DbOrTx }, id: number, options: { lock?: boolean } = {}): Promise<WhatsappTemplate> {
  const query = ctx.db.select().from(whatsappTemplates).where(and(eq(whatsappTemplates.id, id), eq(whatsappTemplates.companyId, ctx.companyId)));
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) throw notFound("Modelo");
  return row;
}
