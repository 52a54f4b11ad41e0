import { eq } from "drizzle-orm";
import { additionalFields } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import { requireAdmin, type Ctx } from "@/lib/core/ctx";
import { notFound, ServiceError } from "@/lib/core/errors";
import { formatInteger } from "@/lib/br/format";
import { findSettingReferences } from "@/lib/settings/find-setting-references";
import { lockAndCountFieldValues } from "./lock-and-count-field-values";

/** Values cascade with their definition in the database, so a field in use is refused here, before any loss. */
export async function deleteAdditionalField({ ctx, input }: { ctx: Ctx; input: { id: number } }) {
  requireAdmin(ctx);
  const locked = await lockAndCountFieldValues(ctx, input.id);
  if (!locked) throw notFound("Campo adicional");
  const before = locked.field;
  if (locked.values > 0) {
    throw new ServiceError("CONFLICT", `O campo ${before.code} tem valores em ${formatInteger(locked.values)} pessoa(s) e não pode ser excluído.`);
  }
  const references = await findSettingReferences(ctx, "additionalField", before.code);
  if (references.length) {
    throw new ServiceError("CONFLICT", `O campo ${before.code} é usado no parâmetro ${references.join(", ")}: altere o parâmetro antes de excluir.`);
  }
  await ctx.db.delete(additionalFields).where(eq(additionalFields.id, input.id));
  await recordAudit(ctx, { entity: "additional_field", entityId: input.id, action: "delete", before });
  return { id: input.id };
}
