import { eq } from "drizzle-orm";
import { phoneTypes } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import { requireAdmin, type Ctx } from "@/lib/core/ctx";
import { notFound, ServiceError } from "@/lib/core/errors";
import { findSettingReferences } from "@/lib/settings/find-setting-references";

/** A type still used by a person's phone or by a parameter cannot be deleted. */
export async function deletePhoneType({ ctx, input }: { ctx: Ctx; input: { id: number } }) {
  requireAdmin(ctx);
  const [before] = await ctx.db.select().from(phoneTypes).where(eq(phoneTypes.id, input.id));
  if (!before) throw notFound("Tipo de telefone");
  const references = await findSettingReferences(ctx, "phoneType", before.code);
  if (references.length) {
    throw new ServiceError("CONFLICT", `O tipo ${before.code} é usado no parâmetro ${references.join(", ")}: altere o parâmetro antes de excluir.`);
  }
  try {
    // A savepoint, so the foreign-key refusal does not abort the caller's transaction.
    await ctx.db.transaction(async (tx) => {
      await tx.delete(phoneTypes).where(eq(phoneTypes.id, input.id));
    });
  } catch (error) {
    const code = ((error as { cause?: { code?: string } }).cause ?? (error as { code?: string }))?.code;
    if (code === "23503") {
      throw new ServiceError("CONFLICT", `O tipo ${before.code} está em uso em telefones de pessoas e não pode ser excluído.`);
    }
    throw error;
  }
  await recordAudit(ctx, { entity: "phone_type", entityId: input.id, action: "delete", before });
  return { id: input.id };
}
