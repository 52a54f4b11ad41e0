"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

const matches = (href: string, pathname: string) =>
  href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);

/** Active when it is the most specific sidebar entry for the current path (/people/send-contacts is not "Pessoas"). */
export function NavLink({ href, code, hrefs, children }: { href: string; code: string; hrefs: string[]; children: ReactNode }) {
  const pathname = usePathname();
  const best = hrefs.filter((h) => matches(h, pathname)).sort((a, b) => b.length - a.length)[0];
  const active = best === href;
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      title={code}
      className={cn(
        "block rounded-md px-2 py-1.5 text-sm",
        active ? "bg-brand-50 font-medium text-brand-700" : "text-slate-700 hover:bg-slate-100",
      )}
    >
      {children}
    </Link>
  );
}
