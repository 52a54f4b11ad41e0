import { apiKeys } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { generateApiKey } from "./key-material";
import type { CreateApiKeyInput } from "./schemas";

/** Creates a key for the logged company; the full key is returned this once and never stored. */
export async function createApiKey({ ctx, input }: { ctx: Ctx; input: CreateApiKeyInput }) {
  const { key, prefix, hash } = generateApiKey();
  const [created] = await ctx.db.insert(apiKeys).values({
    companyId: ctx.companyId, name: input.name, prefix, hash, createdBy: ctx.user.id, createdAt: ctx.clock.now(),
  }).returning({ id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix, createdAt: apiKeys.createdAt });
  await recordAudit(ctx, {
    entity: "api_key", entityId: created!.id, action: "create", companyId: ctx.companyId,
    after: { name: created!.name, prefix: created!.prefix, createdAt: created!.createdAt },
  });
  return { id: created!.id, name: created!.name, prefix: created!.prefix, key };
}
