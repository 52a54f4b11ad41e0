"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

/** The tabs of "Integração WhatsApp" (seed 002), one route each so every tab can be linked and reloaded. */
export const WHATSAPP_TABS = [
  { href: "/whatsapp", label: "Conta" },
  { href: "/whatsapp/creditors", label: "Credor" },
  { href: "/whatsapp/bot-messages", label: "Mensagens automáticas" },
  { href: "/whatsapp/settings", label: "Configurações" },
  { href: "/whatsapp/menu", label: "Menu" },
  { href: "/whatsapp/templates", label: "Modelos de início de chat" },
] as const;

export function WhatsappTabs() {
  const pathname = usePathname();
  const active = WHATSAPP_TABS.toSorted((a, b) => b.href.length - a.href.length)
    .find((t) => pathname === t.href || pathname.startsWith(`${t.href}/`))?.href;
  return (
    <nav aria-label="Abas da integração WhatsApp" className="mb-6 flex flex-wrap gap-1 border-b border-slate-200">
      {WHATSAPP_TABS.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          aria-current={active === tab.href ? "page" : undefined}
          className={cn(
            "-mb-px rounded-t-md border px-3 py-2 text-sm font-medium",
            active === tab.href ? "border-slate-200 border-b-white bg-white text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900",
          )}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
