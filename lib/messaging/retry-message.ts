import { eq } from "drizzle-orm";
import { outboxMessages } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { ServiceError } from "@/lib/core/errors";
import { loadMessageForChange } from "./load-message-for-change";
import type { MessageIdInput } from "./schemas";
import { RETRYABLE_BY_ADMIN } from "./transitions";

/** An admin sends a failed or under-review message again: a new, audited attempt credited to the admin. */
export async function retryMessage({ ctx, input }: { ctx: Ctx; input: MessageIdInput }) {
  const before = await loadMessageForChange(ctx, input.id);
  if (!RETRYABLE_BY_ADMIN.includes(before.status)) {
    throw new ServiceError("CONFLICT", "Só mensagens com falha ou em revisão podem ser reenviadas.");
  }
  const now = ctx.clock.now();
  const [after] = await ctx.db.update(outboxMessages).set({
    status: "queued", notBefore: now, retryRequestedBy: ctx.user.id, leaseOwner: null, leaseExpiresAt: null,
    statusReason: `Reenvio solicitado por ${ctx.user.name}`, updatedAt: now,
  }).where(eq(outboxMessages.id, input.id)).returning();
  await recordAudit(ctx, {
    entity: "outbox_message", entityId: input.id, action: "retry", companyId: before.companyId,
    before: { status: before.status, attempts: before.attempts, lastErrorCode: before.lastErrorCode },
    after: { status: after!.status },
  });
  return { id: input.id, status: after!.status };
}
