import { eq } from "drizzle-orm";
import { outboxMessages } from "@/db/schema";
import { assertCompanyAccess, type Ctx } from "@/lib/core/ctx";
import { notFound } from "@/lib/core/errors";

/** The message an admin acts on, locked for the change and refused outside the admin's companies. */
export async function loadMessageForChange(ctx: Ctx, id: number) {
  const [message] = await ctx.db.select().from(outboxMessages).where(eq(outboxMessages.id, id)).for("update");
  if (!message) throw notFound("Mensagem");
  assertCompanyAccess(ctx, message.companyId);
  return message;
}
