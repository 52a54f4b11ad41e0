import { isValidCNPJ } from "@brazilian-utils/brazilian-utils";
import { eq } from "drizzle-orm";
import { companies, userCompanies } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { assertGrantedCompany } from "./assert-granted-company";
import { conflict, invalid, notFound, uniqueViolation } from "@/lib/core/errors";
import { onlyDigits } from "@/lib/br/document";
import type { CompanyInput } from "./schemas";

export async function saveCompany({ ctx, input }: { ctx: Ctx; input: CompanyInput }) {
  const document = input.document ? onlyDigits(input.document) : null;
  if (document && !isValidCNPJ(document)) throw invalid("document", "CNPJ inválido: confira os dígitos verificadores.");
  const values = { code: input.code, name: input.name, document, active: input.active };
  try {
    if (!input.id) {
      const [created] = await ctx.db.insert(companies).values(values).returning();
      if (!created) throw new Error("insert returned nothing");
      // The creator can work in the company they just created.
      await ctx.db.insert(userCompanies).values({ userId: ctx.user.id, companyId: created.id }).onConflictDoNothing();
      await recordAudit(ctx, { entity: "company", entityId: created.id, action: "create", companyId: created.id, after: created });
      return created;
    }
    await assertGrantedCompany(ctx, input.id);
    const [before] = await ctx.db.select().from(companies).where(eq(companies.id, input.id));
    if (!before) throw notFound("Empresa");
    const [after] = await ctx.db.update(companies).set(values).where(eq(companies.id, input.id)).returning();
    await recordAudit(ctx, { entity: "company", entityId: input.id, action: "update", companyId: input.id, before, after });
    return after!;
  } catch (error) {
    if (uniqueViolation(error) === "companies_code_key") throw conflict("code", "Já existe uma empresa com este código.");
    throw error;
  }
}
