import { desc, eq } from "drizzle-orm";
import { apiKeys, users } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";

/** INTFM040: the logged company's keys, newest first (never the hash). */
export async function listApiKeys({ ctx }: { ctx: Ctx }) {
  return ctx.db.select({
    id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix, createdAt: apiKeys.createdAt, createdBy: users.name,
    lastUsedAt: apiKeys.lastUsedAt, revokedAt: apiKeys.revokedAt,
  }).from(apiKeys)
    .leftJoin(users, eq(users.id, apiKeys.createdBy))
    .where(eq(apiKeys.companyId, ctx.companyId))
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
}
