import "server-only";
import { and, eq } from "drizzle-orm";
import { rdMessages } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { notFound } from "@/lib/core/errors";

/** A message of the logged company; another company's id answers "not found", like a missing one. */
export async function findCompanyMessage(ctx: Ctx, id: number) {
  const [message] = await ctx.db.select().from(rdMessages).where(and(eq(rdMessages.id, id), eq(rdMessages.companyId, ctx.companyId)));
  if (!message) throw notFound("Mensagem");
  return message;
}
