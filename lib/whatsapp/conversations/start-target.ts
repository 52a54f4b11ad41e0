import { and, eq } from "drizzle-orm";
import { creditors, people, whatsappConversations } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { invalid, notFound } from "@/lib/core/errors";
import { whatsappAccountFor } from "@/lib/whatsapp/account/whatsapp-account-for";
import { renderTemplate } from "@/lib/whatsapp/template-fields";
import { nextChatStartAt, windowOpenUntil } from "@/lib/whatsapp/window";
import { startableTemplatesOf } from "./list-startable-templates";
import { personWhatsappPhone } from "./person-whatsapp-phone";
import { mappedVariables, templateValues } from "./template-values";

/**
 * Everything starting a conversation with a person depends on, read once for the preview and for the send: the
 * account, the number, the 24-hour state of that number and, when a template is chosen, its rendered text.
 */
export async function loadStartTarget(ctx: Ctx, input: { personId: number; templateId?: number; creditorId?: number }) {
  const account = await whatsappAccountFor(ctx.db, ctx.companyId);
  const [person] = await ctx.db
    .select({ id: people.id, name: people.name, document: people.document, optOutWhatsapp: people.optOutWhatsapp })
    .from(people).where(eq(people.id, input.personId));
  if (!person) throw notFound("Pessoa");
  const phone = await personWhatsappPhone(ctx.db, person.id, ctx.companyId);
  const [conversation] = phone
    ? await ctx.db.select().from(whatsappConversations)
      .where(and(eq(whatsappConversations.whatsappAccountId, account.id), eq(whatsappConversations.phone, phone)))
    : [];
  const now = ctx.clock.now();
  const templates = await startableTemplatesOf(ctx.db, account.id);
  const template = input.templateId === undefined ? null : templates.find((t) => t.id === input.templateId);
  if (template === undefined) throw invalid("templateId", "Modelo indisponível: só modelos aprovados e com os coringas mapeados podem iniciar conversas.");
  let creditorName: string | null = null;
  if (input.creditorId !== undefined) {
    const [creditor] = await ctx.db.select({ name: creditors.name }).from(creditors)
      .where(and(eq(creditors.id, input.creditorId), eq(creditors.companyId, ctx.companyId), eq(creditors.active, true)));
    if (!creditor) throw invalid("creditorId", "Credor não encontrado nesta empresa.");
    creditorName = creditor.name;
  }
  const values = template ? await templateValues(ctx.db, { companyId: ctx.companyId, person, creditorName, operatorName: ctx.user.name }) : null;
  const variables = template && values ? mappedVariables(template.mapping, values) : [];
  return {
    account, person, phone, conversation: conversation ?? null, templates, template, variables,
    rendered: template ? renderTemplate(template.body, variables) : null,
    windowOpenUntil: windowOpenUntil(conversation ?? null, now),
    chatStartBlockedUntil: nextChatStartAt(conversation ?? null, now),
  };
}

export type StartTarget = Awaited<ReturnType<typeof loadStartTarget>>;
