import { asc } from "drizzle-orm";
import { companies } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";

/** Companies are the organization's own registry: admins see all of them. */
export async function listCompanies({ ctx }: { ctx: Ctx }) {
  return ctx.db.select().from(companies).orderBy(asc(companies.code));
}
