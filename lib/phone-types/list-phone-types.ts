import { asc } from "drizzle-orm";
import { phoneTypes } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";

/** Phone types are organization-wide: every company classifies phones the same way. */
export async function listPhoneTypes({ ctx }: { ctx: Ctx }) {
  return ctx.db
    .select({ id: phoneTypes.id, code: phoneTypes.code, description: phoneTypes.description })
    .from(phoneTypes)
    .orderBy(asc(phoneTypes.code));
}
