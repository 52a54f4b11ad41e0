import type { Ctx } from "@/lib/core/ctx";
import { ServiceError } from "@/lib/core/errors";
import type { CrmParams } from "./params";
import { resolveCrmTarget, type CrmTarget } from "./resolve-target";

/** For the "new" pages: the prefilled target, or why the form cannot open (no account, unknown or mismatched ids). */
export async function loadCrmTarget({ ctx, input }: { ctx: Ctx; input: Pick<CrmParams, "accountId" | "contactId"> }): Promise<{ target: CrmTarget } | { problem: string }> {
  try {
    const target = await resolveCrmTarget({ ctx, input });
    return target ? { target } : { problem: "Nenhuma conta selecionada." };
  } catch (error) {
    if (error instanceof ServiceError && error.code === "INVALID") return { problem: error.message };
    throw error;
  }
}
