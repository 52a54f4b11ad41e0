"use client";
import * as RadixDialog from "@radix-ui/react-dialog";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import { cn } from "@/components/ui/cn";
import { searchScreens } from "@/lib/screens";

/** Ctrl+K (or ⌘K): find a screen by its code (PESFM010, INTFM037, ...) or by name. */
export function CommandPalette({ role }: { role: "admin" | "operator" }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const results = useMemo(() => searchScreens(query, role), [query, role]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "k") {
        e.preventDefault();
        setOpen((o) => !o);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const go = (href: string) => {
    setOpen(false);
    setQuery("");
    router.push(href);
  };

  return (
    <RadixDialog.Root open={open} onOpenChange={(o) => { setOpen(o); setActive(0); }}>
      <RadixDialog.Trigger className="flex h-8 w-full max-w-xs items-center justify-between rounded-md border border-slate-300 bg-slate-50 px-3 text-sm text-slate-500 hover:bg-white">
        <span>Ir para tela…</span>
        <kbd className="rounded border border-slate-300 bg-white px-1.5 font-mono text-[10px]">Ctrl K</kbd>
      </RadixDialog.Trigger>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/30" />
        <RadixDialog.Content className="fixed left-1/2 top-[15vh] z-50 w-[calc(100vw-2rem)] max-w-lg -translate-x-1/2 overflow-hidden rounded-lg bg-white shadow-2xl">
          <RadixDialog.Title className="sr-only">Ir para tela</RadixDialog.Title>
          <RadixDialog.Description className="sr-only">Digite o código ou o nome da tela</RadixDialog.Description>
          <input
            autoFocus
            role="combobox"
            aria-expanded="true"
            aria-controls="palette-results"
            aria-activedescendant={results[active] ? `palette-${results[active].code}` : undefined}
            value={query}
            onChange={(e) => { setQuery(e.target.value); setActive(0); }}
            onKeyDown={(e) => {
              if (e.key === "ArrowDown") { e.preventDefault(); setActive((a) => Math.min(a + 1, results.length - 1)); }
              if (e.key === "ArrowUp") { e.preventDefault(); setActive((a) => Math.max(a - 1, 0)); }
              if (e.key === "Enter" && results[active]) go(results[active].href);
            }}
            placeholder="Código ou nome da tela (ex.: PESFM010, pessoas)"
            className="w-full border-b border-slate-200 px-4 py-3 text-sm outline-none"
          />
          <ul id="palette-results" role="listbox" aria-label="Telas" className="max-h-80 overflow-y-auto p-1">
            {results.length === 0 && <li className="px-3 py-6 text-center text-sm text-slate-500">Nenhuma tela encontrada.</li>}
            {results.map((s, i) => (
              <li
                key={s.code}
                id={`palette-${s.code}`}
                role="option"
                aria-selected={i === active}
                onMouseEnter={() => setActive(i)}
                onClick={() => go(s.href)}
                className={cn("flex cursor-pointer items-center justify-between rounded px-3 py-2 text-sm", i === active && "bg-brand-50")}
              >
                <span>{s.name} <span className="text-xs text-slate-400">· {s.module}</span></span>
                <span className="font-mono text-xs text-slate-500">{s.code}</span>
              </li>
            ))}
          </ul>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
