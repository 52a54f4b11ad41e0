import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { apiKeys } from "@/db/schema";
import { hashApiKey } from "@/lib/api-keys/key-material";
import type { Clock } from "@/lib/core/clock";

export type ApiPrincipal = { companyId: number; keyId: number };

const unauthorized = () => Response.json(
  { error: "Chave de API inválida ou revogada." },
  { status: 401, headers: { "WWW-Authenticate": 'Bearer realm="recado"' } },
);

/** `Authorization: Bearer <key>` → the key's company, or a 401 response; each use stamps last_used_at. */
export async function authenticateApiKey(db: DbOrTx, clock: Clock, request: Request): Promise<ApiPrincipal | Response> {
  const key = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "")?.[1];
  if (!key) return unauthorized();
  const [found] = await db.update(apiKeys).set({ lastUsedAt: clock.now() })
    .where(and(eq(apiKeys.hash, hashApiKey(key)), isNull(apiKeys.revokedAt)))
    .returning({ keyId: apiKeys.id, companyId: apiKeys.companyId });
  return found ?? unauthorized();
}
