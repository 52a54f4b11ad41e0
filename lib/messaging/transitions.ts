import type { OutboxStatus } from "@/db/schema/messaging";

/**
 * The one transition table of an outbox message (ARCHITECTURE.md, "Messaging pipeline"). `sending → queued` is the
 * dispatcher handing back a claim it could not use (rate limit, or a call that provably never left).
 */
export const TRANSITIONS: Record<OutboxStatus, readonly OutboxStatus[]> = {
  held: ["queued", "cancelled"],
  queued: ["sending", "cancelled"],
  retry_scheduled: ["sending", "cancelled"],
  sending: ["sent", "retry_scheduled", "failed", "needs_review", "queued"],
  // "failed" after "sent": the provider accepted the message, then reported it undeliverable (Meta 131026).
  sent: ["delivered", "read", "failed"],
  delivered: ["read"],
  read: [],
  failed: ["queued"],
  needs_review: ["queued"],
  cancelled: [],
};

export const canTransition = (from: OutboxStatus, to: OutboxStatus) => TRANSITIONS[from].includes(to);

/** Statuses an admin may send again (a new, audited attempt) or cancel. */
export const RETRYABLE_BY_ADMIN: readonly OutboxStatus[] = ["failed", "needs_review"];
export const CANCELLABLE: readonly OutboxStatus[] = ["queued", "held", "retry_scheduled"];

const DELIVERY_RANK: Partial<Record<OutboxStatus, number>> = { sent: 1, delivered: 2, read: 3 };

/**
 * A provider's delivery report applied to a message: reports arrive out of order, so a status only ever moves up
 * (a late "delivered" after "read" is ignored), and a report for a message not yet sent changes nothing.
 */
export function applyDeliveryStatus(current: OutboxStatus, incoming: "delivered" | "read"): OutboxStatus {
  const from = DELIVERY_RANK[current];
  if (from === undefined) return current;
  return DELIVERY_RANK[incoming]! > from ? incoming : current;
}
