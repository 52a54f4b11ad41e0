"use server";
import { runAction } from "@/lib/core/run-action";

export async function markNotificationRead(input: unknown) {
  return runAction("notifications.markRead", input);
}

export async function markAllNotificationsRead(input: unknown) {
  return runAction("notifications.markAllRead", input);
}
