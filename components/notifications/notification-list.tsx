"use client";
import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { markAllNotificationsRead, markNotificationRead } from "@/app/(admin)/notifications/actions";
import { Button, buttonClass } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { FormError } from "@/components/ui/field";
import type { ActionResult } from "@/lib/core/action";
import { UNREAD_NOTIFICATIONS_KEY } from "./notification-bell";

export type NotificationItem = { id: number; title: string; body: string | null; href: string | null; createdLabel: string; read: boolean };

/** Runs a read-marking action, then refreshes the list and the header bell together. */
function useMarkRead() {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string>();
  const [pending, start] = useTransition();
  const run = (action: () => Promise<ActionResult<unknown>>, then?: () => void) => start(async () => {
    const result = await action();
    if (!result.ok) return setError(result.error);
    setError(undefined);
    await queryClient.invalidateQueries({ queryKey: UNREAD_NOTIFICATIONS_KEY });
    if (then) then(); else router.refresh();
  });
  return { run, pending, error, router };
}

export function MarkAllReadButton() {
  const { run, pending, error } = useMarkRead();
  return (
    <div className="flex flex-col items-end gap-2">
      <Button type="button" variant="secondary" busy={pending} onClick={() => run(() => markAllNotificationsRead({}))}>Marcar todas como lidas</Button>
      <FormError message={error} />
    </div>
  );
}

/** One page of notifications: "Abrir" marks it read and goes to its screen; "Marcar como lida" stays here. */
export function NotificationList({ items }: { items: NotificationItem[] }) {
  const { run, pending, error, router } = useMarkRead();
  return (
    <div className="space-y-3">
      <FormError message={error} />
      <ul aria-label="Notificações" className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-xs">
        {items.map((n) => (
          <li key={n.id} className={n.read ? "px-4 py-3" : "bg-sky-50/60 px-4 py-3"}>
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div className="min-w-0">
                <p className="flex items-center gap-2 font-medium text-slate-900">
                  {!n.read && <Badge tone="blue">Nova</Badge>}
                  {n.title}
                </p>
                {n.body && <p className="mt-0.5 whitespace-pre-line text-sm text-slate-600">{n.body}</p>}
                <p className="mt-1 text-xs text-slate-500">{n.createdLabel}</p>
              </div>
              <div className="flex shrink-0 gap-2">
                {n.href && (
                  <Link
                    href={n.href} className={buttonClass("secondary", "sm")} aria-label={`Abrir: ${n.title}`}
                    onClick={(e) => {
                      if (n.read) return;
                      e.preventDefault();
                      run(() => markNotificationRead({ id: n.id }), () => router.push(n.href!));
                    }}
                  >
                    Abrir
                  </Link>
                )}
                {!n.read && (
                  <Button type="button" variant="ghost" size="sm" disabled={pending} onClick={() => run(() => markNotificationRead({ id: n.id }))} aria-label={`Marcar como lida: ${n.title}`}>
                    Marcar como lida
                  </Button>
                )}
              </div>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
