import { assertCompanyAccess, type Ctx } from "@/lib/core/ctx";
import type { ContactFilters } from "../contact-schemas";

/** The company filter, defaulting to the logged company; only granted companies. */
export function resolveContactCompany(ctx: Ctx, filters: ContactFilters): number {
  const companyId = filters.companyId ?? ctx.companyId;
  assertCompanyAccess(ctx, companyId);
  return companyId;
}
