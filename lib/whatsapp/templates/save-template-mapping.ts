import { eq } from "drizzle-orm";
import { whatsappTemplates } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { invalid } from "@/lib/core/errors";
import { variableCount } from "@/lib/whatsapp/template-fields";
import { findTemplate } from "./find-template";
import type { TemplateMappingInput } from "./schemas";

/** After approval each {{n}} gets a debtor, creditor or operator field; the mapping must cover every variable. */
export async function saveTemplateMapping({ ctx, input }: { ctx: Ctx; input: TemplateMappingInput }) {
  const template = await findTemplate(ctx, input.id, { lock: true });
  if (template.status !== "approved") throw invalid("mapping", "Os coringas só podem ser associados depois que a Meta aprovar o modelo.");
  const count = variableCount(template.body);
  if (input.mapping.length !== count) {
    throw invalid("mapping", `O modelo tem ${count} coringa(s); associe um campo a cada um (recebidos ${input.mapping.length}).`);
  }
  const [updated] = await ctx.db.update(whatsappTemplates).set({ mapping: input.mapping, updatedAt: ctx.clock.now() })
    .where(eq(whatsappTemplates.id, template.id)).returning();
  await recordAudit(ctx, { entity: "whatsapp_template", entityId: template.id, action: "map", companyId: template.companyId, before: { mapping: template.mapping }, after: { mapping: updated!.mapping } });
  return { id: template.id, mapping: updated!.mapping };
}
