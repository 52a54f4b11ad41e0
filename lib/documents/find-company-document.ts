import { and, eq } from "drizzle-orm";
import { documentTemplates } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { notFound } from "@/lib/core/errors";

/** A document template of the logged company; another company's id is simply not found. */
export async function findCompanyDocument(ctx: Ctx, id: number) {
  const [row] = await ctx.db.select().from(documentTemplates)
    .where(and(eq(documentTemplates.id, id), eq(documentTemplates.companyId, ctx.companyId)));
  if (!row) throw notFound("Documento");
  return row;
}
