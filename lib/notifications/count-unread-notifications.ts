import "server-only";
import { and, count, isNull } from "drizzle-orm";
import { notifications } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { ownNotifications } from "./scope";

/** The bell's badge. */
export async function countUnreadNotifications({ ctx }: { ctx: Ctx }): Promise<number> {
  const [row] = await ctx.db.select({ n: count() }).from(notifications).where(and(ownNotifications(ctx), isNull(notifications.readAt)));
  return row?.n ?? 0;
}
