import { eq } from "drizzle-orm";
import { outboxMessages } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { ServiceError } from "@/lib/core/errors";
import { loadMessageForChange } from "./load-message-for-change";
import type { MessageIdInput } from "./schemas";
import { CANCELLABLE } from "./transitions";

/** An admin stops a message that has not gone out yet (queued, held or waiting for a retry); audited. */
export async function cancelMessage({ ctx, input }: { ctx: Ctx; input: MessageIdInput }) {
  const before = await loadMessageForChange(ctx, input.id);
  if (!CANCELLABLE.includes(before.status)) {
    throw new ServiceError("CONFLICT", before.status === "sending"
      ? "A mensagem está sendo enviada agora e não pode mais ser cancelada."
      : "Só mensagens na fila, retidas ou aguardando nova tentativa podem ser canceladas.");
  }
  const now = ctx.clock.now();
  const [after] = await ctx.db.update(outboxMessages).set({
    status: "cancelled", statusReason: `Cancelada por ${ctx.user.name}`, updatedAt: now,
  }).where(eq(outboxMessages.id, input.id)).returning();
  await recordAudit(ctx, {
    entity: "outbox_message", entityId: input.id, action: "cancel", companyId: before.companyId,
    before: { status: before.status }, after: { status: after!.status },
  });
  return { id: input.id, status: after!.status };
}
