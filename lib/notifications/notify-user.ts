import type { DbOrTx } from "@/db/client";
import { notifications } from "@/db/schema";

export type NotificationInput = {
  userId: number; companyId: number | null; title: string; body?: string; href?: string;
  /** The same key for the same user is recorded once (e.g. "plug-expiring:<account>:<expiresAt>"). */
  dedupeKey?: string;
  at?: Date;
};

/** Records an in-app notification in the caller's transaction; a repeated dedupeKey is a no-op. Returns whether it was new. */
export async function notifyUser(db: DbOrTx, input: NotificationInput): Promise<boolean> {
  const rows = await db.insert(notifications).values({
    userId: input.userId, companyId: input.companyId, title: input.title, body: input.body ?? null, href: input.href ?? null,
    dedupeKey: input.dedupeKey ?? null, ...(input.at ? { createdAt: input.at } : {}),
  }).onConflictDoNothing().returning({ id: notifications.id });
  return rows.length > 0;
}
