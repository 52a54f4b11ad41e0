import { z } from "zod";

export const NOTIFICATIONS_PAGE_SIZE = 20;

export const notificationIdSchema = z.object({ id: z.number().int().positive() });
export type NotificationIdInput = z.output<typeof notificationIdSchema>;

export const markAllNotificationsReadSchema = z.object({});

export type NotificationListInput = { page: number; unreadOnly: boolean };

type SearchParams = Record<string, string | string[] | undefined>;

/** "?page=2&unread=1" → the list input; anything unexpected falls back to page 1, all notifications. */
export function parseNotificationParams(sp: SearchParams): NotificationListInput {
  const page = typeof sp.page === "string" && /^\d{1,6}$/.test(sp.page) && Number(sp.page) > 0 ? Number(sp.page) : 1;
  return { page, unreadOnly: sp.unread === "1" };
}
