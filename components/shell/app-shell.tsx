import Link from "next/link";
import type { ReactNode } from "react";
import { CtiClient } from "@/components/cti/client/cti-client";
import { NotificationBell } from "@/components/notifications/notification-bell";
import type { CompanyRef } from "@/lib/core/ctx";
import { screens } from "@/lib/screens";
import { CommandPalette } from "./command-palette";
import { CompanySwitcher } from "./company-switcher";
import { NavLink } from "./nav-link";
import { Providers } from "./providers";
import { SidecarBanner } from "./sidecar-banner";
import { UserMenu } from "./user-menu";

type ShellUser = { name: string; email: string; role: "admin" | "operator" };

export function AppShell({ user, companies, companyId, unreadNotifications, children }: {
  user: ShellUser; companies: CompanyRef[]; companyId: number; unreadNotifications: number; children: ReactNode;
}) {
  const visible = screens.filter((s) => (user.role === "admin" || !s.adminOnly) && !s.code.endsWith("-N"));
  const modules = [...new Set(visible.map((s) => s.module))];
  return (
    <Providers>
      <a href="#conteudo" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
        Pular para o conteúdo
      </a>
      <CtiClient>
      <div className="flex min-h-screen">
        <aside className="hidden w-60 shrink-0 flex-col border-r border-slate-200 bg-white md:flex">
          <Link href="/" className="flex items-center gap-2 px-5 py-4">
            <span className="flex size-8 items-center justify-center rounded-lg bg-brand-600 font-bold text-white">R</span>
            <span className="text-lg font-semibold tracking-tight">Recado</span>
          </Link>
          <nav aria-label="Módulos" className="flex-1 space-y-5 px-3 py-2">
            {modules.map((module) => (
              <div key={module}>
                <p className="px-2 pb-1 text-xs font-semibold uppercase tracking-wide text-slate-400">{module}</p>
                <ul className="space-y-0.5">
                  {visible.filter((s) => s.module === module).map((s) => (
                    <li key={s.code}><NavLink href={s.href} code={s.code} hrefs={visible.map((v) => v.href)}>{s.name}</NavLink></li>
                  ))}
                </ul>
              </div>
            ))}
          </nav>
          <p className="px-5 py-3 text-xs text-slate-400">Ctrl+K para ir a uma tela</p>
        </aside>
        <div className="flex min-w-0 flex-1 flex-col">
          <header className="flex h-14 items-center justify-between gap-4 border-b border-slate-200 bg-white px-4 md:px-6">
            <CommandPalette role={user.role} />
            <div className="flex items-center gap-3">
              <NotificationBell unread={unreadNotifications} />
              <CompanySwitcher companies={companies} companyId={companyId} />
              <UserMenu user={user} />
            </div>
          </header>
          <SidecarBanner />
          <main id="conteudo" className="flex-1 px-4 py-6 md:px-8">{children}</main>
        </div>
      </div>
      </CtiClient>
    </Providers>
  );
}
