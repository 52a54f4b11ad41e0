import { and, eq, inArray } from "drizzle-orm";
import { documentTemplates } from "@/db/schema";
import { grantedCompanyIds, type Ctx } from "@/lib/core/ctx";
import { notFound } from "@/lib/core/errors";

/**
 * A document template of a company granted to the user (to open and edit it); any other id is simply not found.
 * Choosing a document for the WhatsApp account checks the logged company separately (lib/whatsapp/account-tab).
 */
export async function findCompanyDocument(ctx: Ctx, id: number) {
  const [row] = await ctx.db.select().from(documentTemplates)
    .where(and(eq(documentTemplates.id, id), inArray(documentTemplates.companyId, grantedCompanyIds(ctx))));
  if (!row) throw notFound("Documento");
  return row;
}
