import { eq } from "drizzle-orm";
import { companies } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { assertGrantedCompany } from "./assert-granted-company";
import { notFound, ServiceError } from "@/lib/core/errors";

/** A company with receivables, orders or settings cannot be deleted, only deactivated. */
export async function deleteCompany({ ctx, input }: { ctx: Ctx; input: { id: number } }) {
  await assertGrantedCompany(ctx, input.id);
  const [before] = await ctx.db.select().from(companies).where(eq(companies.id, input.id));
  if (!before) throw notFound("Empresa");
  try {
    await ctx.db.transaction(async (tx) => {
      await tx.delete(companies).where(eq(companies.id, input.id));
    });
  } catch (error) {
    const code = ((error as { cause?: { code?: string } }).cause ?? (error as { code?: string }))?.code;
    if (code === "23503") {
      throw new ServiceError("CONFLICT", "Esta empresa tem títulos, pedidos ou outros registros: desative-a em vez de excluir.");
    }
    throw error;
  }
  await recordAudit(ctx, { entity: "company", entityId: input.id, action: "delete", before });
  return { id: input.id };
}
