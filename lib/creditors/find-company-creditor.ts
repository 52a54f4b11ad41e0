import { and, eq } from "drizzle-orm";
import { creditors } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { notFound } from "@/lib/core/errors";

/** A creditor of the logged company; another company's id is simply not found. */
export async function findCompanyCreditor(ctx: Ctx, id: number) {
  const [row] = await ctx.db.select().from(creditors).where(and(eq(creditors.id, id), eq(creditors.companyId, ctx.companyId)));
  if (!row) throw notFound("Credor");
  return row;
}
