import { asc } from "drizzle-orm";
import { crmOccurrenceTypes } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";

export async function listOccurrenceTypes({ ctx }: { ctx: Ctx }) {
  return ctx.db.select().from(crmOccurrenceTypes).orderBy(asc(crmOccurrenceTypes.name));
}
