import { and, eq, max } from "drizzle-orm";
import { ctiOperations } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { conflict, uniqueViolation } from "@/lib/core/errors";
import { operationNameFromCode, type CtiOperationInput } from "../manager-schemas";
import { ensureDefaultOperations } from "./ensure-default-operations";
import { findOwnOperation } from "./find-own-operation";

/** Creates or edits one of the user's custom operations; built-in ones are refused by findOwnOperation. */
export async function saveCtiOperation({ ctx, input }: { ctx: Ctx; input: CtiOperationInput }) {
  const values = {
    code: input.code, name: input.name.trim() || operationNameFromCode(input.code), url: input.url, takesInput: input.takesInput,
  };
  try {
    if (!input.id) {
      // Built-ins first, so a custom code can never take a built-in one's place.
      await ensureDefaultOperations({ ctx });
      const [last] = await ctx.db.select({ position: max(ctiOperations.position) }).from(ctiOperations)
        .where(eq(ctiOperations.userId, ctx.user.id));
      const [created] = await ctx.db.insert(ctiOperations)
        .values({ ...values, userId: ctx.user.id, builtIn: false, enabled: true, position: (last?.position ?? -1) + 1 })
        .returning();
      await recordAudit(ctx, { entity: "cti_operation", entityId: created!.id, action: "create", after: created });
      return created!;
    }
    const before = await findOwnOperation(ctx, input.id, { customOnly: true });
    const [after] = await ctx.db.update(ctiOperations).set(values)
      .where(and(eq(ctiOperations.id, input.id), eq(ctiOperations.userId, ctx.user.id))).returning();
    await recordAudit(ctx, { entity: "cti_operation", entityId: input.id, action: "update", before, after });
    return after!;
  } catch (error) {
    if (uniqueViolation(error) === "cti_operations_user_code_key") throw conflict("code", "Você já tem uma operação com este código.");
    throw error;
  }
}
