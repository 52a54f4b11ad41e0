import { eq } from "drizzle-orm";
import { documentTemplates } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import { requireAdmin, type Ctx } from "@/lib/core/ctx";
import { ServiceError } from "@/lib/core/errors";
import { findCompanyDocument } from "./find-company-document";
import { findDocumentUsages, usagesSentence } from "./find-document-usages";

/** The foreign keys would silently clear the WhatsApp settings, so a document in use is refused, naming where. */
export async function deleteDocumentTemplate({ ctx, input }: { ctx: Ctx; input: { id: number } }) {
  requireAdmin(ctx);
  const before = await findCompanyDocument(ctx, input.id);
  const usages = await findDocumentUsages(ctx, before);
  if (usages.length) {
    throw new ServiceError("CONFLICT", `“${before.name}” está em uso (${usagesSentence(usages)}): escolha outro documento lá antes de excluir.`);
  }
  await ctx.db.delete(documentTemplates).where(eq(documentTemplates.id, before.id));
  await recordAudit(ctx, { entity: "document_template", entityId: before.id, action: "delete", companyId: before.companyId, before });
  return { id: before.id };
}
