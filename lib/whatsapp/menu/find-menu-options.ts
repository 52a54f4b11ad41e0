import "server-only";
import { asc, eq } from "drizzle-orm";
import { whatsappMenuOptions } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { notFound } from "@/lib/core/errors";

/** The account's options in position order and the one being changed (another company's option is "not found"). */
export async function findMenuOptions(ctx: Ctx, accountId: number, optionId: number) {
  const options = await ctx.db.select().from(whatsappMenuOptions)
    .where(eq(whatsappMenuOptions.whatsappAccountId, accountId))
    .orderBy(asc(whatsappMenuOptions.position), asc(whatsappMenuOptions.id));
  const index = options.findIndex((o) => o.id === optionId);
  if (index < 0) throw notFound("Opção do menu");
  return { options, index, option: options[index]! };
}
