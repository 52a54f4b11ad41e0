"use client";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { cn } from "@/components/ui/cn";

/** The bell's react-query key: the notifications page invalidates it after marking read. */
export const UNREAD_NOTIFICATIONS_KEY = ["notifications", "unread"] as const;
const REFRESH_MS = 30_000;

async function fetchUnread(): Promise<number> {
  const response = await fetch("/api/notifications/unread", { cache: "no-store" });
  if (!response.ok) throw new Error("Não foi possível atualizar as notificações.");
  return ((await response.json()) as { unread: number }).unread;
}

export const bellLabel = (unread: number) => `Notificações (${unread} não ${unread === 1 ? "lida" : "lidas"})`;

/** Header bell linking to GERFC010; the server renders the first count, then it refreshes every 30 s. */
export function NotificationBell({ unread: initial }: { unread: number }) {
  const { data: unread = initial } = useQuery({
    queryKey: UNREAD_NOTIFICATIONS_KEY, queryFn: fetchUnread, initialData: initial, refetchInterval: REFRESH_MS, staleTime: REFRESH_MS,
  });
  return (
    <Link href="/notifications" aria-label={bellLabel(unread)} title={bellLabel(unread)} className="relative rounded-md p-1.5 text-slate-600 hover:bg-slate-100 hover:text-slate-900">
      <svg aria-hidden viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" className="size-5">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 && (
        <span aria-hidden className={cn("absolute -right-0.5 -top-0.5 flex h-4 min-w-4 items-center justify-center rounded-full bg-red-600 px-1 text-[10px] font-semibold leading-none text-white")}>
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
