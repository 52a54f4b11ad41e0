import "server-only";
import { eq } from "drizzle-orm";
import { BOT_MESSAGE_KINDS, users, whatsappBotMessages } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { BOT_MESSAGE_LABELS, DEFAULT_BOT_MESSAGES } from "../account/defaults";
import { whatsappAccountFor } from "../account/whatsapp-account-for";

/** The four automatic messages of the logged company's account, in the seed's order (a missing row shows its default). */
export async function listBotMessages({ ctx }: { ctx: Ctx }) {
  const account = await whatsappAccountFor(ctx.db, ctx.companyId);
  const rows = await ctx.db
    .select({ kind: whatsappBotMessages.kind, body: whatsappBotMessages.body, updatedAt: whatsappBotMessages.updatedAt, updatedBy: users.name })
    .from(whatsappBotMessages)
    .leftJoin(users, eq(users.id, whatsappBotMessages.updatedBy))
    .where(eq(whatsappBotMessages.whatsappAccountId, account.id));
  return BOT_MESSAGE_KINDS.map((kind) => {
    const row = rows.find((r) => r.kind === kind);
    return {
      kind,
      label: BOT_MESSAGE_LABELS[kind],
      body: row?.body ?? DEFAULT_BOT_MESSAGES[kind],
      updatedAt: row?.updatedBy ? row.updatedAt : null,
      updatedBy: row?.updatedBy ?? null,
    };
  });
}

export type BotMessageRow = Awaited<ReturnType<typeof listBotMessages>>[number];
