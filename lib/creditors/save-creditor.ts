import { eq } from "drizzle-orm";
import { creditors } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import { requireAdmin, type Ctx } from "@/lib/core/ctx";
import { conflict, uniqueViolation } from "@/lib/core/errors";
import { findCompanyCreditor } from "./find-company-creditor";
import type { CreditorValues } from "./schemas";

/** Creates or renames a creditor of the logged company; names are unique per company, case ignored. */
export async function saveCreditor({ ctx, input }: { ctx: Ctx; input: CreditorValues }) {
  requireAdmin(ctx);
  const values = { name: input.name, document: input.document };
  try {
    if (!input.id) {
      // A savepoint, so a duplicate name leaves the caller's transaction usable.
      const [created] = await ctx.db.transaction((tx) => tx.insert(creditors).values({ ...values, companyId: ctx.companyId }).returning());
      await recordAudit(ctx, { entity: "creditor", entityId: created!.id, action: "create", companyId: ctx.companyId, after: created });
      return created!;
    }
    const before = await findCompanyCreditor(ctx, input.id);
    const [after] = await ctx.db.transaction((tx) => tx.update(creditors).set(values).where(eq(creditors.id, before.id)).returning());
    await recordAudit(ctx, { entity: "creditor", entityId: before.id, action: "update", companyId: ctx.companyId, before, after });
    return after!;
  } catch (error) {
    if (uniqueViolation(error) === "creditors_company_name_key") {
      throw conflict("name", `Já existe um credor chamado “${input.name}” nesta empresa.`);
    }
    throw error;
  }
}
