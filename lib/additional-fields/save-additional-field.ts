import { eq } from "drizzle-orm";
import { additionalFields } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import { requireAdmin, type Ctx } from "@/lib/core/ctx";
import { conflict, invalid, notFound, uniqueViolation } from "@/lib/core/errors";
import { formatInteger } from "@/lib/br/format";
import { assertCodeRenameAllowed } from "@/lib/settings/find-setting-references";
import { lockAndCountFieldValues } from "./lock-and-count-field-values";
import type { AdditionalFieldInput } from "./schemas";

export async function saveAdditionalField({ ctx, input }: { ctx: Ctx; input: AdditionalFieldInput }) {
  requireAdmin(ctx);
  const values = { code: input.code, label: input.label, type: input.type };
  try {
    if (!input.id) {
      const [created] = await ctx.db.insert(additionalFields).values(values).returning();
      if (!created) throw new Error("insert returned nothing");
      await recordAudit(ctx, { entity: "additional_field", entityId: created.id, action: "create", after: created });
      return created;
    }
    const locked = await lockAndCountFieldValues(ctx, input.id);
    if (!locked) throw notFound("Campo adicional");
    const before = locked.field;
    // Stored values were validated for the old type; a new type would make them unreadable.
    if (before.type !== values.type && locked.values > 0) {
      throw invalid("type", `O tipo não pode mudar: ${formatInteger(locked.values)} pessoa(s) já têm valor neste campo.`);
    }
    await assertCodeRenameAllowed(ctx, "additionalField", before.code, values.code);
    const [after] = await ctx.db.update(additionalFields).set(values).where(eq(additionalFields.id, input.id)).returning();
    await recordAudit(ctx, { entity: "additional_field", entityId: input.id, action: "update", before, after });
    return after!;
  } catch (error) {
    if (uniqueViolation(error) === "additional_fields_code_key") throw conflict("code", "Já existe um campo adicional com este código.");
    throw error;
  }
}
