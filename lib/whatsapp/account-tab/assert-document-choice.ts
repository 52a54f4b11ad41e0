import { and, eq } from "drizzle-orm";
import { documentTemplates } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { invalid, ServiceError } from "@/lib/core/errors";
import type { DocumentChoice } from "./schemas";

export const ORIGINAL_TITLE_REQUIRED = "Selecione um demonstrativo de débito do tipo “Título Original”.";

async function companyDocument(ctx: Ctx, id: number) {
  const [row] = await ctx.db.select({ kind: documentTemplates.kind, statementType: documentTemplates.statementType })
    .from(documentTemplates).where(and(eq(documentTemplates.id, id), eq(documentTemplates.companyId, ctx.companyId)));
  return row;
}

/** Another company's id is indistinguishable from a missing one: not found, on the field. */
const missing = (field: string, message: string) => new ServiceError("NOT_FOUND", message, { [field]: [message] });

/** Same rule for the account and each creditor override: a term of the company, a "Título Original" statement of it. */
export async function assertDocumentChoice(ctx: Ctx, choice: DocumentChoice) {
  if (choice.agreementTermId !== null) {
    const term = await companyDocument(ctx, choice.agreementTermId);
    if (!term) throw missing("agreementTermId", "Termo de acordo não encontrado nesta empresa.");
    if (term.kind !== "agreement_term") throw invalid("agreementTermId", "Selecione um termo de acordo.");
  }
  if (choice.debtStatementId !== null) {
    const statement = await companyDocument(ctx, choice.debtStatementId);
    if (!statement) throw missing("debtStatementId", "Demonstrativo de débito não encontrado nesta empresa.");
    if (statement.kind !== "debt_statement" || statement.statementType !== "original_title") {
      throw invalid("debtStatementId", ORIGINAL_TITLE_REQUIRED);
    }
  }
}
