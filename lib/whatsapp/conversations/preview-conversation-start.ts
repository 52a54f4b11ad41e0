import { and, asc, eq } from "drizzle-orm";
import { creditors } from "@/db/schema";
import { formatPhone } from "@/lib/br/phone";
import type { Ctx } from "@/lib/core/ctx";
import { formatFullDateTime } from "./format-time";
import type { PreviewConversationStartInput } from "./schemas";
import { blockingProblems } from "./start-refusals";
import { loadStartTarget } from "./start-target";

/**
 * What the "Iniciar conversa" dialog shows: the number, its 24-hour state, the startable templates and creditors,
 * and the chosen template rendered with this person's values. Dates go out as ISO strings plus ready labels.
 */
export async function previewConversationStart({ ctx, input }: { ctx: Ctx; input: PreviewConversationStartInput }) {
  const target = await loadStartTarget(ctx, input);
  const creditorOptions = await ctx.db.select({ id: creditors.id, name: creditors.name }).from(creditors)
    .where(and(eq(creditors.companyId, ctx.companyId), eq(creditors.active, true))).orderBy(asc(creditors.name));
  const { windowOpenUntil: openUntil, chatStartBlockedUntil: blockedUntil } = target;
  return {
    personName: target.person.name,
    phone: target.phone,
    phoneLabel: target.phone ? formatPhone(target.phone) : null,
    problems: blockingProblems(target).map((p) => p.message),
    windowOpenUntil: openUntil?.toISOString() ?? null,
    chatStartBlockedUntil: blockedUntil?.toISOString() ?? null,
    windowLabel: openUntil
      ? `Janela de 24 h aberta até ${formatFullDateTime(openUntil)}: você pode enviar uma mensagem livre ou um modelo.`
      : "Fora da janela de 24 h: a conversa só pode ser iniciada com um modelo aprovado.",
    chatStartLabel: blockedUntil
      ? `Um modelo de início de chat já foi enviado sem resposta; um novo só a partir de ${formatFullDateTime(blockedUntil)}.`
      : null,
    templates: target.templates.map((t) => ({ id: t.id, name: t.name, category: t.category, body: t.body })),
    creditors: creditorOptions,
    templateId: target.template?.id ?? null,
    rendered: target.rendered,
  };
}

export type ConversationStartPreview = Awaited<ReturnType<typeof previewConversationStart>>;
