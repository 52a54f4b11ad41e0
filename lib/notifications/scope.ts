import { and, eq, inArray, isNull, or } from "drizzle-orm";
import { notifications } from "@/db/schema";
import { grantedCompanyIds, type Ctx } from "@/lib/core/ctx";

/** The caller's own notifications, minus those of companies no longer granted to them. */
export function ownNotifications(ctx: Pick<Ctx, "user" | "companies">) {
  return and(
    eq(notifications.userId, ctx.user.id),
    or(isNull(notifications.companyId), inArray(notifications.companyId, grantedCompanyIds(ctx))),
  );
}
