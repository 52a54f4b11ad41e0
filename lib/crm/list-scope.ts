import { and, eq, inArray, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { grantedCompanyIds, type Ctx } from "@/lib/core/ctx";

export const CRM_PAGE_SIZE = 50;

export type CrmListInput = { accountId: number | null; contactId: number | null; page: number };

/** Granted companies only, narrowed to the account/contact the CTI passed. */
export function crmListWhere(ctx: Ctx, cols: { companyId: PgColumn; accountId: PgColumn; contactId: PgColumn }, input: CrmListInput): SQL {
  return and(
    inArray(cols.companyId, grantedCompanyIds(ctx)),
    input.accountId === null ? undefined : eq(cols.accountId, input.accountId),
    input.contactId === null ? undefined : eq(cols.contactId, input.contactId),
  )!;
}

export const pageOffset = (page: number) => (Math.max(1, page) - 1) * CRM_PAGE_SIZE;
