import { and, eq } from "drizzle-orm";
import { apiKeys } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { notFound, ServiceError } from "@/lib/core/errors";

/** Revokes a key of the logged company: the ERP using it gets 401 from the next request on. */
export async function revokeApiKey({ ctx, input }: { ctx: Ctx; input: { id: number } }) {
  const [before] = await ctx.db.select({ id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix, revokedAt: apiKeys.revokedAt })
    .from(apiKeys).where(and(eq(apiKeys.id, input.id), eq(apiKeys.companyId, ctx.companyId))).for("update");
  if (!before) throw notFound("Chave de API");
  if (before.revokedAt) throw new ServiceError("CONFLICT", "Esta chave já está revogada.");
  const now = ctx.clock.now();
  await ctx.db.update(apiKeys).set({ revokedAt: now, revokedBy: ctx.user.id }).where(eq(apiKeys.id, input.id));
  await recordAudit(ctx, {
    entity: "api_key", entityId: input.id, action: "revoke", companyId: ctx.companyId, before, after: { ...before, revokedAt: now },
  });
  return { id: input.id };
}
