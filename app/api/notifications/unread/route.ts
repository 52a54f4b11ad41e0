import { routeJson } from "@/lib/core/route-json";
import { countUnreadNotifications } from "@/lib/notifications/count-unread-notifications";

export const dynamic = "force-dynamic";

/** The header bell's badge, polled every 30 s: { unread } for the signed-in user; 401 without a session. */
export async function GET() {
  return routeJson(async (ctx) => ({ unread: await countUnreadNotifications({ ctx }) }));
}
