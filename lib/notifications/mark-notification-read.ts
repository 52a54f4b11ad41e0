import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { notifications } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { notFound } from "@/lib/core/errors";
import type { NotificationIdInput } from "./schemas";
import { ownNotifications } from "./scope";

/** Marks one of the caller's notifications read; marking it again keeps the first reading time. */
export async function markNotificationRead({ ctx, input }: { ctx: Ctx; input: NotificationIdInput }) {
  const own = and(ownNotifications(ctx), eq(notifications.id, input.id));
  const [marked] = await ctx.db.update(notifications).set({ readAt: ctx.clock.now() })
    .where(and(own, isNull(notifications.readAt))).returning({ id: notifications.id });
  if (marked) return { id: marked.id };
  const [existing] = await ctx.db.select({ id: notifications.id }).from(notifications).where(own);
  if (!existing) throw notFound("Notificação");
  return { id: existing.id };
}
