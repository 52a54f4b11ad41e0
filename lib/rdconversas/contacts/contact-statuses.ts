import type { OutboxStatus } from "@/db/schema/messaging";

/** A person with an rd.contact row in one of these is already sent or on its way: never offered again. */
export const LIVE_CONTACT_STATUSES: readonly OutboxStatus[] = [
  "queued", "held", "sending", "retry_scheduled", "sent", "delivered", "read", "needs_review",
];

/** Still to be decided by the dispatcher: a batch with none of these has finished. */
export const PENDING_STATUSES: readonly OutboxStatus[] = ["queued", "held", "sending", "retry_scheduled"];

/** Rows "Cancelar" stops: those not yet claimed by a dispatcher. */
export const CANCELLABLE_STATUSES: readonly OutboxStatus[] = ["queued", "held", "retry_scheduled"];

/** Rows a new batch may queue again under the same key. */
export const REQUEUEABLE_STATUSES: readonly OutboxStatus[] = ["failed", "cancelled"];
