import type { Metadata } from "next";
import Link from "next/link";
import { MarkAllReadButton, NotificationList } from "@/components/notifications/notification-list";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { formatDateTime } from "@/lib/br/format";
import { getPageContext } from "@/lib/core/request-context";
import { countUnreadNotifications } from "@/lib/notifications/count-unread-notifications";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { safeNotificationHref } from "@/lib/notifications/safe-href";
import { NOTIFICATIONS_PAGE_SIZE, parseNotificationParams } from "@/lib/notifications/schemas";

export const metadata: Metadata = { title: "GERFC010 · Notificações" };

const filterClass = (active: boolean) =>
  cn("rounded-md px-3 py-1.5 text-sm font-medium", active ? "bg-slate-800 text-white" : "text-slate-600 hover:bg-slate-100");

/** GERFC010: the signed-in user's in-app notifications (templates approved or rejected, PlugMessage session expiring...). */
export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await getPageContext();
  const input = parseNotificationParams(await searchParams);
  const [{ items, total }, unread] = await Promise.all([listNotifications({ ctx, input }), countUnreadNotifications({ ctx })]);
  return (
    <>
      <PageHeader
        code="GERFC010"
        title="Notificações"
        description="Avisos do sistema para você, os mais recentes primeiro."
        actions={unread > 0 && <MarkAllReadButton />}
      />
      <nav aria-label="Filtro das notificações" className="mb-4 flex gap-1">
        <Link href="/notifications" aria-current={!input.unreadOnly ? "page" : undefined} className={filterClass(!input.unreadOnly)}>Todas</Link>
        <Link href="/notifications?unread=1" aria-current={input.unreadOnly ? "page" : undefined} className={filterClass(input.unreadOnly)}>
          Não lidas ({unread})
        </Link>
      </nav>
      {total === 0 ? (
        <EmptyState title={input.unreadOnly ? "Nenhuma notificação não lida" : "Nenhuma notificação"}>
          Avisos como modelos de mensagem aprovados ou rejeitados e a sessão do PlugMessage perto de expirar aparecem aqui.
        </EmptyState>
      ) : (
        <>
          <NotificationList
            items={items.map((n) => ({
              id: n.id, title: n.title, body: n.body, href: safeNotificationHref(n.href), createdLabel: formatDateTime(n.createdAt), read: n.readAt !== null,
            }))}
          />
          <Pagination
            page={input.page} pageSize={NOTIFICATIONS_PAGE_SIZE} total={total}
            params={{ unread: input.unreadOnly ? "1" : undefined }} basePath="/notifications"
          />
        </>
      )}
    </>
  );
}
