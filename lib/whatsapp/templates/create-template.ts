import { and, eq } from "drizzle-orm";
import { whatsappTemplates } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { conflict } from "@/lib/core/errors";
import { whatsappAccountFor } from "@/lib/whatsapp/account/whatsapp-account-for";
import { variableCount } from "@/lib/whatsapp/template-fields";
import { META_STATUS_TO_OURS } from "./labels";
import { submitRemote } from "./meta-gateway";
import { requireOfficialCredentials } from "./official-credentials";
import { metaRefusal } from "./provider-error";
import type { CreateTemplateInput } from "./schemas";

const LANGUAGE = "pt_BR";

/**
 * "+Novo": checks the name locally, submits to Meta, and only then records the template as Pendente (a refusal by Meta
 * saves nothing; the form keeps what was typed). Runs outside the action transaction: the provider call is not held in one.
 */
export async function createTemplate({ ctx, input }: { ctx: Ctx; input: CreateTemplateInput }) {
  const account = await whatsappAccountFor(ctx.db, ctx.companyId);
  const credentials = await requireOfficialCredentials(ctx.db, account);
  const [taken] = await ctx.db.select({ id: whatsappTemplates.id }).from(whatsappTemplates)
    .where(and(eq(whatsappTemplates.whatsappAccountId, account.id), eq(whatsappTemplates.name, input.name), eq(whatsappTemplates.language, LANGUAGE)));
  if (taken) throw conflict("name", `Já existe um modelo chamado ${input.name} nesta conta.`, `/whatsapp/templates/${taken.id}`);
  const examples = input.examples.slice(0, variableCount(input.body));
  const remote = await submitRemote(credentials, { name: input.name, category: input.category, language: LANGUAGE, body: input.body, examples });
  if (!remote.ok) throw metaRefusal("A Meta recusou o modelo", remote);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const [created] = await tx.insert(whatsappTemplates).values({
      whatsappAccountId: account.id, companyId: ctx.companyId, name: input.name, category: input.category, language: LANGUAGE,
      body: input.body, examples, status: META_STATUS_TO_OURS[remote.status] ?? "pending", metaTemplateId: remote.id,
      submittedAt: now, statusChangedAt: now, createdAt: now, updatedAt: now, createdBy: ctx.user.id,
    }).returning();
    await recordAudit({ ...ctx, db: tx }, { entity: "whatsapp_template", entityId: created!.id, action: "create", companyId: ctx.companyId, after: created });
    return { id: created!.id, name: created!.name, status: created!.status };
  });
}
