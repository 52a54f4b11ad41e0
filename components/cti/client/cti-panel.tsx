"use client";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";

/** The docked frame, bottom-right on every screen: a titled region that collapses to its header line. */
export function CtiPanel({ summary, expanded, onToggle, onClose, children }: {
  summary: ReactNode; expanded: boolean; onToggle: () => void; onClose?: () => void; children: ReactNode;
}) {
  return (
    <section
      aria-label="Cliente CTI"
      className="fixed bottom-4 right-4 z-40 w-[26rem] max-w-[calc(100vw-2rem)] rounded-lg border border-slate-200 bg-white shadow-xl"
    >
      <header className="flex items-center gap-2 border-b border-slate-100 px-3 py-2">
        <span aria-hidden className="flex size-6 items-center justify-center rounded bg-brand-600 text-xs text-white">☎</span>
        <h2 className="text-sm font-semibold">Cliente CTI</h2>
        <div className="min-w-0 flex-1 truncate text-xs text-slate-500">{summary}</div>
        <Button type="button" variant="ghost" size="sm" aria-expanded={expanded} aria-controls="cti-panel-body" onClick={onToggle}>
          {expanded ? "Recolher" : "Expandir"}
        </Button>
        {onClose && <Button type="button" variant="ghost" size="sm" onClick={onClose} aria-label="Fechar o cliente CTI">✕</Button>}
      </header>
      <div id="cti-panel-body" hidden={!expanded} className="max-h-[70vh] space-y-4 overflow-y-auto p-3">{children}</div>
    </section>
  );
}
