import type { OperationTarget } from "@/lib/cti/operation-url";
import type { CtiOperationView } from "./types";

/** DOMAIN.md §6: "new lead" only with no account selected, "new contact" only with no contact selected. */
export function visibleOperations(operations: CtiOperationView[], selection: { accountId: number | null; contactId: number | null }) {
  return operations.filter((op) => {
    if (op.code === "new_lead") return selection.accountId === null;
    if (op.code === "new_contact") return selection.contactId === null;
    return true;
  });
}

/** The URL parameters for the selected account and contact. */
export function operationTarget(
  account: { id: number; erpCode: string | null } | null,
  contact: { id: number; erpCode: string | null } | null,
  detailCode?: string,
): OperationTarget {
  return {
    personId: account?.id ?? null,
    personErpCode: account?.erpCode ?? null,
    contactId: contact?.id ?? null,
    contactErpCode: contact?.erpCode ?? null,
    detailCode: detailCode ?? null,
  };
}
