import { asc } from "drizzle-orm";
import { additionalFields, phoneTypes } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";

/** The choices the person form offers: phone types and additional-field definitions (both organization-wide). */
export async function listPersonFormOptions({ ctx }: { ctx: Ctx }) {
  const [types, fields] = await Promise.all([
    ctx.db.select({ id: phoneTypes.id, code: phoneTypes.code, description: phoneTypes.description })
      .from(phoneTypes).orderBy(asc(phoneTypes.code)),
    ctx.db.select({ id: additionalFields.id, code: additionalFields.code, label: additionalFields.label, type: additionalFields.type })
      .from(additionalFields).orderBy(asc(additionalFields.label)),
  ]);
  return { phoneTypes: types, additionalFields: fields };
}

export type PersonFormOptions = Awaited<ReturnType<typeof listPersonFormOptions>>;
