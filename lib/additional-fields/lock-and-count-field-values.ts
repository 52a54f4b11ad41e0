import { count, eq } from "drizzle-orm";
import { additionalFields, personAdditionalValues } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";

/**
 * Locks the definition, then counts the people holding a value for it: saving a person takes a key-share
 * lock on the definition, so no value can appear between this count and the caller's change.
 */
export async function lockAndCountFieldValues(ctx: Pick<Ctx, "db">, fieldId: number) {
  const [field] = await ctx.db.select().from(additionalFields).where(eq(additionalFields.id, fieldId)).for("update");
  if (!field) return null;
  const [row] = await ctx.db.select({ n: count() }).from(personAdditionalValues).where(eq(personAdditionalValues.fieldId, fieldId));
  return { field, values: row?.n ?? 0 };
}
