import { eq } from "drizzle-orm";
import { phoneTypes } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import { requireAdmin, type Ctx } from "@/lib/core/ctx";
import { conflict, notFound, uniqueViolation } from "@/lib/core/errors";
import { assertCodeRenameAllowed } from "@/lib/settings/find-setting-references";
import type { PhoneTypeInput } from "./schemas";

export async function savePhoneType({ ctx, input }: { ctx: Ctx; input: PhoneTypeInput }) {
  requireAdmin(ctx);
  const values = { code: input.code, description: input.description };
  try {
    if (!input.id) {
      const [created] = await ctx.db.insert(phoneTypes).values(values).returning();
      if (!created) throw new Error("insert returned nothing");
      await recordAudit(ctx, { entity: "phone_type", entityId: created.id, action: "create", after: created });
      return created;
    }
    const [before] = await ctx.db.select().from(phoneTypes).where(eq(phoneTypes.id, input.id));
    if (!before) throw notFound("Tipo de telefone");
    await assertCodeRenameAllowed(ctx, "phoneType", before.code, values.code);
    const [after] = await ctx.db.update(phoneTypes).set(values).where(eq(phoneTypes.id, input.id)).returning();
    await recordAudit(ctx, { entity: "phone_type", entityId: input.id, action: "update", before, after });
    return after!;
  } catch (error) {
    if (uniqueViolation(error) === "phone_types_code_key") throw conflict("code", "Já existe um tipo de telefone com este código.");
    throw error;
  }
}
