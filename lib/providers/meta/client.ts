import type { ProviderFailure } from "@/lib/providers/types";
import { graphCall, graphId, type MetaConnection } from "./graph-call";
import {
  META_LANGUAGE, bodyComponent, createTemplateBody, readTemplateList, type MetaTemplateCategory, type MetaTemplateSummary,
} from "./wire";

/**
 * Template management at Meta for the "Modelos de início de chat" screens. Each call answers `{ ok: true, ... }` or a
 * classified ProviderFailure and never throws.
 */
export type MetaTemplateDraft = { name: string; category: MetaTemplateCategory; body: string; examples: string[]; language?: string };

const PAGE_LIMIT = 100;
const MAX_PAGES = 50;

const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** Submits a new template for review: Meta answers its id and PENDING. */
export async function createMetaTemplate(connection: MetaConnection, draft: MetaTemplateDraft): Promise<{ ok: true; id: string; status: string; category: string } | ProviderFailure> {
  const waba = graphId(connection.wabaId, "Id da conta WhatsApp Business (WABA)");
  if (!waba.ok) return waba;
  const answer = await graphCall(connection, "POST", `/${waba.id}/message_templates`, {
    body: createTemplateBody({ ...draft, language: draft.language ?? META_LANGUAGE }),
  });
  if (!answer.ok) return answer;
  const body = asRecord(answer.body);
  const id = typeof body.id === "string" || typeof body.id === "number" ? String(body.id) : "";
  if (!id) return { ok: false, code: "missing_id", retryable: false, message: "A Meta aceitou o modelo mas não devolveu o identificador", raw: answer.body };
  return { ok: true, id, status: String(body.status ?? "PENDING"), category: String(body.category ?? draft.category) };
}

/** Every template of the account (all pages), optionally only those whose name contains `name`. */
export async function listMetaTemplates(connection: MetaConnection, filter: { name?: string } = {}): Promise<{ ok: true; items: MetaTemplateSummary[] } | ProviderFailure> {
  const waba = graphId(connection.wabaId, "Id da conta WhatsApp Business (WABA)");
  if (!waba.ok) return waba;
  const items: MetaTemplateSummary[] = [];
  let after: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const query: Record<string, string> = { limit: String(PAGE_LIMIT), ...(filter.name ? { name: filter.name } : {}), ...(after ? { after } : {}) };
    const answer = await graphCall(connection, "GET", `/${waba.id}/message_templates`, { query });
    if (!answer.ok) return answer;
    const list = readTemplateList(answer.body);
    items.push(...list.items);
    if (!list.hasNext || !list.after) break;
    after = list.after;
  }
  return { ok: true, items };
}

/** Resubmits a template (after a rejection, or to change an approved one): it goes back to PENDING. */
export async function editMetaTemplate(
  connection: MetaConnection, input: { templateId: string; body: string; examples: string[]; category?: MetaTemplateCategory },
): Promise<{ ok: true } | ProviderFailure> {
  const template = graphId(input.templateId, "Id do modelo na Meta");
  if (!template.ok) return template;
  const answer = await graphCall(connection, "POST", `/${template.id}`, {
    body: { components: [bodyComponent(input.body, input.examples)], ...(input.category ? { category: input.category } : {}) },
  });
  return answer.ok ? { ok: true } : answer;
}

/** Deletes a template at Meta, every language of that name. */
export async function deleteMetaTemplate(connection: MetaConnection, input: { name: string }): Promise<{ ok: true } | ProviderFailure> {
  const waba = graphId(connection.wabaId, "Id da conta WhatsApp Business (WABA)");
  if (!waba.ok) return waba;
  const answer = await graphCall(connection, "DELETE", `/${waba.id}/message_templates`, { query: { name: input.name } });
  return answer.ok ? { ok: true } : answer;
}
