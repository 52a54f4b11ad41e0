export type DocumentIds = { agreementTermId: number | null; debtStatementId: number | null };

/** The documents a conversation about a creditor uses: the creditor's override per field, else the account's. */
export function effectiveDocuments(account: DocumentIds, override: DocumentIds | null | undefined): DocumentIds {
  return {
    agreementTermId: override?.agreementTermId ?? account.agreementTermId,
    debtStatementId: override?.debtStatementId ?? account.debtStatementId,
  };
}
