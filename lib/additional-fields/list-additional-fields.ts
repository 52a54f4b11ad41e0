import { asc, eq, exists, sql } from "drizzle-orm";
import { additionalFields, personAdditionalValues } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";

/** Field definitions (PESFL101), each saying whether any person already has a value for it. */
export async function listAdditionalFields({ ctx }: { ctx: Ctx }) {
  return ctx.db
    .select({
      id: additionalFields.id, code: additionalFields.code, label: additionalFields.label, type: additionalFields.type,
      inUse: exists(ctx.db.select({ one: sql`1` }).from(personAdditionalValues).where(eq(personAdditionalValues.fieldId, additionalFields.id))).mapWith(Boolean),
    })
    .from(additionalFields)
    .orderBy(asc(additionalFields.code));
}
