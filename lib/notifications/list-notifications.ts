import "server-only";
import { and, count, desc, isNull } from "drizzle-orm";
import { notifications } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { NOTIFICATIONS_PAGE_SIZE, type NotificationListInput } from "./schemas";
import { ownNotifications } from "./scope";

/** GERFC010: the user's notifications, newest first, optionally only the unread ones. */
export async function listNotifications({ ctx, input }: { ctx: Ctx; input: NotificationListInput }) {
  const where = and(ownNotifications(ctx), input.unreadOnly ? isNull(notifications.readAt) : undefined);
  const [items, [total]] = await Promise.all([
    ctx.db.select({
      id: notifications.id, title: notifications.title, body: notifications.body, href: notifications.href,
      createdAt: notifications.createdAt, readAt: notifications.readAt,
    }).from(notifications).where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(NOTIFICATIONS_PAGE_SIZE).offset((input.page - 1) * NOTIFICATIONS_PAGE_SIZE),
    ctx.db.select({ n: count() }).from(notifications).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export type NotificationRow = Awaited<ReturnType<typeof listNotifications>>["items"][number];
