import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { whatsappTemplates } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { whatsappAccountFor } from "@/lib/whatsapp/account/whatsapp-account-for";
import { isTemplateField, variableCount } from "@/lib/whatsapp/template-fields";

export type StartableTemplate = { id: number; name: string; category: string; language: string; body: string; mapping: string[] };

/** Every {{n}} of the body has a known field: the message can be rendered for any person. */
export const isMappingComplete = (t: { body: string; mapping: string[] }) =>
  t.mapping.length === variableCount(t.body) && t.mapping.every(isTemplateField);

/** Approved and fully mapped templates of a WhatsApp account: the only ones that may start a conversation. */
export async function startableTemplatesOf(db: DbOrTx, whatsappAccountId: number): Promise<StartableTemplate[]> {
  const rows = await db
    .select({
      id: whatsappTemplates.id, name: whatsappTemplates.name, category: whatsappTemplates.category,
      language: whatsappTemplates.language, body: whatsappTemplates.body, mapping: whatsappTemplates.mapping,
    })
    .from(whatsappTemplates)
    .where(and(eq(whatsappTemplates.whatsappAccountId, whatsappAccountId), eq(whatsappTemplates.status, "approved")))
    .orderBy(asc(whatsappTemplates.name), asc(whatsappTemplates.id));
  return rows.filter(isMappingComplete);
}

export async function listStartableTemplates({ ctx }: { ctx: Ctx; input?: unknown }): Promise<StartableTemplate[]> {
  const account = await whatsappAccountFor(ctx.db, ctx.companyId);
  return startableTemplatesOf(ctx.db, account.id);
}
