import "server-only";
import { and, isNull } from "drizzle-orm";
import { notifications } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { ownNotifications } from "./scope";

/** "Marcar todas como lidas": every unread notification the caller can see; returns how many changed. */
export async function markAllNotificationsRead({ ctx }: { ctx: Ctx; input: unknown }) {
  const marked = await ctx.db.update(notifications).set({ readAt: ctx.clock.now() })
    .where(and(ownNotifications(ctx), isNull(notifications.readAt))).returning({ id: notifications.id });
  return { marked: marked.length };
}
