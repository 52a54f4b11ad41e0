import "server-only";
import { and, eq } from "drizzle-orm";
import { whatsappBotMessages } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { whatsappAccountFor } from "../account/whatsapp-account-for";
import type { SaveBotMessageInput } from "./schemas";

/** "Salvar" of one automatic message of the logged company's account; an unchanged text writes nothing. */
export async function saveBotMessage({ ctx, input }: { ctx: Ctx; input: SaveBotMessageInput }) {
  const account = await whatsappAccountFor(ctx.db, ctx.companyId);
  const [before] = await ctx.db.select().from(whatsappBotMessages)
    .where(and(eq(whatsappBotMessages.whatsappAccountId, account.id), eq(whatsappBotMessages.kind, input.kind)))
    .for("update");
  if (before?.body === input.body) return { kind: input.kind, changed: false };
  const now = ctx.clock.now();
  const [after] = await ctx.db.insert(whatsappBotMessages)
    .values({ whatsappAccountId: account.id, kind: input.kind, body: input.body, updatedAt: now, updatedBy: ctx.user.id })
    .onConflictDoUpdate({
      target: [whatsappBotMessages.whatsappAccountId, whatsappBotMessages.kind],
      set: { body: input.body, updatedAt: now, updatedBy: ctx.user.id },
    })
    .returning();
  await recordAudit(ctx, {
    entity: "whatsapp_bot_message", entityId: `${account.id}:${input.kind}`, action: before ? "update" : "create",
    companyId: ctx.companyId, before: before ? { body: before.body } : undefined, after: { body: after!.body },
  });
  return { kind: input.kind, changed: true };
}
