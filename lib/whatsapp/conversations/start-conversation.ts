import { createHash } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { outboxMessages, whatsappConversations } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { invalid } from "@/lib/core/errors";
import { enqueueMessages } from "@/lib/messaging/enqueue-messages";
import { nextChatStartAt, WINDOW_MS, windowOpenUntil } from "@/lib/whatsapp/window";
import { formatDayMonthTime, formatFullDateTime } from "./format-time";
import type { StartConversationInput } from "./schemas";
import { blockingProblems, OUTSIDE_WINDOW } from "./start-refusals";
import { loadStartTarget } from "./start-target";

export const START_PRODUCER = "whatsapp:start";

/** The conversation row of this number, created if new and locked, so two clicks are decided one after the other. */
async function lockConversation(ctx: Ctx, accountId: number, phone: string, personId: number) {
  await ctx.db.insert(whatsappConversations).values({ whatsappAccountId: accountId, companyId: ctx.companyId, phone, personId })
    .onConflictDoNothing();
  const [conversation] = await ctx.db.select().from(whatsappConversations)
    .where(and(eq(whatsappConversations.whatsappAccountId, accountId), eq(whatsappConversations.phone, phone)))
    .for("update");
  return conversation!;
}

/**
 * "Iniciar conversa" from a person's page: one outbox message to the person's WhatsApp number, free text inside the
 * 24-hour window or an approved, mapped template; a chat-start template left unanswered blocks another for 24 h
 * (seed 002). The key holds the 24-hour slot and the customer's last reply, so a double click queues one message.
 */
export async function startConversation({ ctx, input }: { ctx: Ctx; input: StartConversationInput }) {
  const target = await loadStartTarget(ctx, input);
  const [problem] = blockingProblems(target);
  if (problem) throw invalid(problem.field, problem.message);
  const { account, person, template } = target;
  const phone = target.phone!;
  const conversation = await lockConversation(ctx, account.id, phone, person.id);
  const now = ctx.clock.now();

  const generation = `${Math.floor(now.getTime() / WINDOW_MS)}:${conversation.lastInboundAt?.getTime() ?? 0}`;
  const what = template ? String(template.id) : `text-${createHash("sha256").update(input.text ?? "").digest("hex").slice(0, 16)}`;
  const idempotencyKey = `wa-start:${account.id}:${phone}:${what}:${generation}`;
  const [already] = await ctx.db.select({ id: outboxMessages.id }).from(outboxMessages).where(eq(outboxMessages.idempotencyKey, idempotencyKey));
  if (already) return { outboxId: already.id, duplicate: true };

  if (!template) {
    if (!windowOpenUntil(conversation, now)) throw invalid("text", OUTSIDE_WINDOW);
  } else {
    const blockedUntil = nextChatStartAt(conversation, now);
    if (blockedUntil) {
      throw invalid("templateId", `Já foi enviado um modelo de início de chat para este número em ${formatDayMonthTime(conversation.lastTemplateAt!)} sem resposta; um novo só poderá ser enviado a partir de ${formatFullDateTime(blockedUntil)}.`);
    }
  }

  await enqueueMessages({
    db: ctx.db, clock: ctx.clock,
    messages: [{
      companyId: ctx.companyId, accountId: account.officialAccountId!, recipient: phone, personId: person.id,
      producer: START_PRODUCER, producerRef: String(conversation.id), idempotencyKey,
      ...(template
        ? { kind: "wa.template", payload: { templateName: template.name, language: template.language, variables: target.variables, text: target.rendered! } }
        : { kind: "wa.text", payload: { text: input.text! } }),
    }],
  });
  const [queued] = await ctx.db.select({ id: outboxMessages.id }).from(outboxMessages).where(eq(outboxMessages.idempotencyKey, idempotencyKey));
  await ctx.db.update(whatsappConversations).set({
    personId: sql`coalesce(${whatsappConversations.personId}, ${person.id})`,
    ...(template ? { lastTemplateAt: now } : {}),
  }).where(eq(whatsappConversations.id, conversation.id));
  await recordAudit(ctx, {
    entity: "whatsapp_conversation", entityId: conversation.id, action: "start", companyId: ctx.companyId,
    after: { outboxId: queued!.id, personId: person.id, phone, kind: template ? "wa.template" : "wa.text", templateId: template?.id ?? null },
  });
  return { outboxId: queued!.id, duplicate: false };
}
