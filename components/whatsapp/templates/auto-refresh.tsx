"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** While something is waiting on Meta (a Pendente template), the page re-reads itself every few seconds. */
export function AutoRefresh({ active, everyMs = 4000 }: { active: boolean; everyMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => { if (document.visibilityState === "visible") router.refresh(); }, everyMs);
    return () => clearInterval(timer);
  }, [active, everyMs, router]);
  return null;
}
