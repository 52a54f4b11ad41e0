import type { Ctx } from "@/lib/core/ctx";
import { ServiceError } from "@/lib/core/errors";
import type { CrmParams } from "./params";
import { resolveCrmTarget, type CrmTarget } from "./resolve-target";

/**
 * The filter a CRM list applies for the CTI parameters: the resolved account, narrowed to the contact when one is
 * given (a contact passed as the person counts as the contact). Unknown or mismatched ids filter on them as given.
 */
export async function resolveListFilter({ ctx, input }: { ctx: Ctx; input: CrmParams }): Promise<{ target: CrmTarget | null; filter: CrmParams }> {
  try {
    const target = await resolveCrmTarget({ ctx, input });
    if (!target) return { target: null, filter: input };
    return { target, filter: { accountId: target.account.id, contactId: target.contact?.id ?? null, page: input.page } };
  } catch (error) {
    if (error instanceof ServiceError && error.code === "INVALID") return { target: null, filter: input };
    throw error;
  }
}
