import { eq } from "drizzle-orm";
import { documentTemplates } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import { requireAdmin, type Ctx } from "@/lib/core/ctx";
import { conflict, uniqueViolation } from "@/lib/core/errors";
import { findCompanyDocument } from "./find-company-document";
import { findDocumentUsages, usagesSentence } from "./find-document-usages";
import { DOCUMENT_KIND_LABELS } from "./labels";
import type { DocumentTemplateValues } from "./schemas";

/**
 * Creates or edits an agreement term or a debt statement of the logged company. A document chosen in the WhatsApp
 * settings keeps its kind and type: changing them would leave the account pointing at the wrong kind of document.
 */
export async function saveDocumentTemplate({ ctx, input }: { ctx: Ctx; input: DocumentTemplateValues }) {
  requireAdmin(ctx);
  const values = { kind: input.kind, name: input.name, statementType: input.statementType, body: input.body, updatedAt: ctx.clock.now() };
  try {
    if (!input.id) {
      const [created] = await ctx.db.transaction((tx) =>
        tx.insert(documentTemplates).values({ ...values, companyId: ctx.companyId, createdAt: values.updatedAt }).returning());
      await recordAudit(ctx, { entity: "document_template", entityId: created!.id, action: "create", companyId: ctx.companyId, after: created });
      return created!;
    }
    const before = await findCompanyDocument(ctx, input.id);
    if (before.kind !== values.kind || before.statementType !== values.statementType) {
      const usages = await findDocumentUsages(ctx, before);
      if (usages.length) {
        throw conflict(before.kind !== values.kind ? "kind" : "statementType",
          `Este documento está em uso (${usagesSentence(usages)}): troque-o lá antes de mudar o tipo.`);
      }
    }
    const [after] = await ctx.db.transaction((tx) =>
      tx.update(documentTemplates).set(values).where(eq(documentTemplates.id, before.id)).returning());
    await recordAudit(ctx, { entity: "document_template", entityId: before.id, action: "update", companyId: before.companyId, before, after });
    return after!;
  } catch (error) {
    if (uniqueViolation(error) === "document_templates_name_key") {
      throw conflict("name", `Já existe um ${DOCUMENT_KIND_LABELS[input.kind].toLowerCase()} chamado “${input.name}”.`);
    }
    throw error;
  }
}
