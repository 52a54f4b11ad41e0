import { eq } from "drizzle-orm";
import { whatsappTemplates } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { whatsappAccountFor } from "@/lib/whatsapp/account/whatsapp-account-for";
import { findTemplate } from "./find-template";
import { deleteRemote } from "./meta-gateway";
import { officialCredentials } from "./official-credentials";
import { metaRefusal } from "./provider-error";

/** Deletes the template at Meta too (by name, as the Graph API does); one Meta no longer knows is just removed here. */
export async function deleteTemplate({ ctx, input }: { ctx: Ctx; input: { id: number } }) {
  const template = await findTemplate(ctx, input.id);
  const credentials = template.metaTemplateId ? await officialCredentials(ctx.db, await whatsappAccountFor(ctx.db, template.companyId)) : null;
  if (credentials) {
    const remote = await deleteRemote(credentials, template.name);
    if (!remote.ok && !remote.notFound) throw metaRefusal("A Meta não excluiu o modelo", remote);
  }
  return ctx.db.transaction(async (tx) => {
    await tx.delete(whatsappTemplates).where(eq(whatsappTemplates.id, template.id));
    await recordAudit({ ...ctx, db: tx }, { entity: "whatsapp_template", entityId: template.id, action: "delete", companyId: template.companyId, before: template });
    return { id: template.id };
  });
}
