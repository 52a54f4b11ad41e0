import { auditLog } from "@/db/schema";
import type { ApiCtx } from "./api-ctx";
import type { ImportResult } from "./import-rows";

/**
 * One audit entry per ingestion request, with its counts. Written directly (not through recordAudit) because an API
 * key acts without a user: user_id stays null and the key is the entity id.
 */
export async function recordApiImport(ctx: ApiCtx, resource: "people" | "receivables" | "orders", result: ImportResult) {
  await ctx.db.insert(auditLog).values({
    at: ctx.clock.now(),
    userId: null,
    companyId: ctx.companyId,
    entity: "api_import",
    entityId: String(ctx.keyId),
    action: "import",
    after: {
      resource, received: result.received, created: result.created, updated: result.updated, unchanged: result.unchanged,
      failedRows: new Set(result.errors.map((e) => e.index)).size,
    },
  });
}
