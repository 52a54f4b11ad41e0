import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { getPageContext } from "@/lib/core/request-context";
import { countUnreadNotifications } from "@/lib/notifications/count-unread-notifications";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const ctx = await getPageContext();
  const unreadNotifications = await countUnreadNotifications({ ctx });
  return (
    <AppShell
      user={{ name: ctx.user.name, email: ctx.user.email, role: ctx.user.role }}
      companies={ctx.companies}
      companyId={ctx.companyId}
      unreadNotifications={unreadNotifications}
    >
      {children}
    </AppShell>
  );
}
