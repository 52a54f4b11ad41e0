import { and, eq, inArray } from "drizzle-orm";
import { whatsappCreditorSettings } from "@/db/schema";
import { requireAdmin, type Ctx } from "@/lib/core/ctx";
import { listCreditors, type CreditorListInput } from "@/lib/creditors/list-creditors";
import { listDocumentTemplates } from "@/lib/documents/list-document-templates";
import { whatsappAccountFor } from "@/lib/whatsapp/account/whatsapp-account-for";

/** The "Credor" tab: a page of the company's creditors, each with its override or null ("Usa o da conta"). */
export async function listCreditorSettings({ ctx, input }: { ctx: Ctx; input: CreditorListInput }) {
  requireAdmin(ctx);
  const account = await whatsappAccountFor(ctx.db, ctx.companyId);
  const [creditorPage, documents] = await Promise.all([listCreditors({ ctx, input }), listDocumentTemplates({ ctx })]);
  const ids = creditorPage.items.map((c) => c.id);
  const overrides = ids.length
    ? await ctx.db.select().from(whatsappCreditorSettings)
      .where(and(eq(whatsappCreditorSettings.whatsappAccountId, account.id), inArray(whatsappCreditorSettings.creditorId, ids)))
    : [];
  const byCreditor = new Map(overrides.map((o) => [o.creditorId, o]));
  const nameOf = new Map(documents.map((d) => [d.id, d.name]));
  const option = (d: (typeof documents)[number]) => ({ id: d.id, name: d.name });
  return {
    total: creditorPage.total,
    page: creditorPage.page,
    account: {
      agreementTermName: account.agreementTermId ? nameOf.get(account.agreementTermId) ?? null : null,
      debtStatementName: account.debtStatementId ? nameOf.get(account.debtStatementId) ?? null : null,
    },
    rows: creditorPage.items.map((c) => {
      const o = byCreditor.get(c.id);
      return {
        creditor: { id: c.id, name: c.name, active: c.active },
        override: o ? {
          agreementTermId: o.agreementTermId, debtStatementId: o.debtStatementId,
          agreementTermName: o.agreementTermId ? nameOf.get(o.agreementTermId) ?? null : null,
          debtStatementName: o.debtStatementId ? nameOf.get(o.debtStatementId) ?? null : null,
        } : null,
      };
    }),
    agreementTerms: documents.filter((d) => d.kind === "agreement_term").map(option),
    debtStatements: documents.filter((d) => d.kind === "debt_statement" && d.statementType === "original_title").map(option),
  };
}
