import "server-only";
import { asc, eq } from "drizzle-orm";
import { rdMessages } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import type { ProviderChannel, ProviderTemplate } from "@/lib/providers/types";
import { findField } from "../fields";
import { getRdConfig } from "../get-config";
import { messageTypeLabel } from "../message-types";
import { fetchRdCatalog } from "./fetch-rd-catalog";
import { messageFieldProblem } from "./message-field-problem";
import { templateWarning } from "./template-warning";

export type RdProviderState =
  | { state: "ok"; chips: ProviderChannel[]; templates: ProviderTemplate[] }
  | { state: "unconfigured" }
  | { state: "unreachable"; message: string };

/** A page render waits this long for the provider at most; the table still shows without it. */
const PAGE_TIMEOUT_MS = 5_000;

/** The logged company's messages, each with its field-list problem and, when the provider answers, its template drift. */
export async function listRdMessages({ ctx }: { ctx: Ctx }) {
  const [rows, config] = await Promise.all([
    ctx.db.select().from(rdMessages).where(eq(rdMessages.companyId, ctx.companyId)).orderBy(asc(rdMessages.type)),
    getRdConfig(ctx.db),
  ]);
  let provider: RdProviderState = { state: "unconfigured" };
  if (config) {
    const catalog = await fetchRdCatalog(config.DS_TOKEN_RDCONVERSAS, PAGE_TIMEOUT_MS);
    provider = catalog.ok ? { state: "ok", chips: catalog.chips, templates: catalog.templates } : { state: "unreachable", message: catalog.message };
  }
  const messages = rows.map((m) => {
    const live = provider.state === "ok" ? provider.templates.find((t) => t.id === m.templateId) : undefined;
    return {
      id: m.id,
      type: m.type,
      typeLabel: messageTypeLabel(m.type),
      templateName: m.templateName,
      /** The provider's current text when it answers: what the edit preview and a save will use. */
      templateText: live?.text ?? m.templateText,
      variableCount: live?.variableCount ?? m.variableCount,
      chipId: m.chipId,
      chipLabel: m.chipLabel,
      active: m.active,
      fields: m.fields,
      fieldLabels: m.fields.map((code, i) => `${i + 1}. ${findField(code)?.label ?? code}`).join(", "),
      fieldProblem: messageFieldProblem(m),
      warning: provider.state === "ok" ? templateWarning(m, provider.templates) : null,
    };
  });
  return { messages, provider };
}

export type RdMessageRow = Awaited<ReturnType<typeof listRdMessages>>["messages"][number];
