import { requireAdmin, type Ctx } from "@/lib/core/ctx";
import { listDocumentTemplates } from "@/lib/documents/list-document-templates";
import { whatsappAccountFor } from "@/lib/whatsapp/account/whatsapp-account-for";
import { listCompanyUsers } from "./company-users";

/** The "Conta" tab: the account's choices and what each select may offer. */
export async function getAccountTab({ ctx }: { ctx: Ctx }) {
  requireAdmin(ctx);
  const account = await whatsappAccountFor(ctx.db, ctx.companyId);
  const [agreementTerms, debtStatements, users] = await Promise.all([
    listDocumentTemplates({ ctx, input: { kind: "agreement_term" } }),
    listDocumentTemplates({ ctx, input: { kind: "debt_statement", statementType: "original_title" } }),
    listCompanyUsers(ctx),
  ]);
  return {
    values: {
      agreementTermId: account.agreementTermId, debtStatementId: account.debtStatementId,
      signingUserId: account.signingUserId, adminUserId: account.adminUserId,
    },
    agreementTerms: agreementTerms.map((d) => ({ id: d.id, name: d.name })),
    debtStatements: debtStatements.map((d) => ({ id: d.id, name: d.name })),
    users,
  };
}
