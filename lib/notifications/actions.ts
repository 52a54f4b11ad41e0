import { defineAction } from "@/lib/core/action";
import { markAllNotificationsRead } from "./mark-all-notifications-read";
import { markNotificationRead } from "./mark-notification-read";
import { markAllNotificationsReadSchema, notificationIdSchema } from "./schemas";

/** GERFC010: every signed-in user reads their own notifications. */
export const notificationActions = {
  "notifications.markRead": defineAction({ role: "operator", input: notificationIdSchema, service: markNotificationRead }),
  "notifications.markAllRead": defineAction({ role: "operator", input: markAllNotificationsReadSchema, service: markAllNotificationsRead }),
};
