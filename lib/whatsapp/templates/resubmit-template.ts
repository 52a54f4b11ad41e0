import { eq } from "drizzle-orm";
import { whatsappTemplates } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { invalid } from "@/lib/core/errors";
import { whatsappAccountFor } from "@/lib/whatsapp/account/whatsapp-account-for";
import { variableCount } from "@/lib/whatsapp/template-fields";
import { findTemplate } from "./find-template";
import { editRemote } from "./meta-gateway";
import { requireOfficialCredentials } from "./official-credentials";
import { metaRefusal } from "./provider-error";
import type { ResubmitTemplateInput } from "./schemas";

/** Seed 002: a rejected template "você pode alterar o texto e enviar novamente para avaliação". Paused ones too. */
export async function resubmitTemplate({ ctx, input }: { ctx: Ctx; input: ResubmitTemplateInput }) {
  const template = await findTemplate(ctx, input.id);
  if (template.status !== "rejected" && template.status !== "paused") {
    throw invalid("body", "Só modelos rejeitados ou pausados podem ser alterados e reenviados; crie um novo modelo para outro texto.");
  }
  if (!template.metaTemplateId) throw invalid("body", "Este modelo não tem identificador na Meta: sincronize ou crie um novo.");
  const credentials = await requireOfficialCredentials(ctx.db, await whatsappAccountFor(ctx.db, template.companyId));
  const examples = input.examples.slice(0, variableCount(input.body));
  const remote = await editRemote(credentials, template.metaTemplateId, { category: input.category, body: input.body, examples });
  if (!remote.ok) throw metaRefusal("A Meta recusou a alteração", remote);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const [updated] = await tx.update(whatsappTemplates).set({
      category: input.category, body: input.body, examples, status: "pending", rejectionReason: null, mapping: [],
      submittedAt: now, statusChangedAt: now, updatedAt: now,
    }).where(eq(whatsappTemplates.id, template.id)).returning();
    await recordAudit({ ...ctx, db: tx }, { entity: "whatsapp_template", entityId: template.id, action: "resubmit", companyId: template.companyId, before: template, after: updated });
    return { id: template.id, status: updated!.status };
  });
}
