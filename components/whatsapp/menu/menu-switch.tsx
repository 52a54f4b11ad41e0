"use client";
import { useId, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/** An on/off setting with its label and explanation (role="switch", so screen readers announce the state). */
export function MenuSwitch({ label, checked, disabled, onToggle, children }: {
  label: string; checked: boolean; disabled?: boolean; onToggle: (next: boolean) => void; children: ReactNode;
}) {
  const id = useId();
  return (
    <div className="flex items-start gap-3">
      <button
        type="button" role="switch" aria-checked={checked} aria-labelledby={`${id}-label`} aria-describedby={`${id}-hint`}
        disabled={disabled} onClick={() => onToggle(!checked)}
        className={cn(
          "relative mt-0.5 inline-flex h-6 w-11 shrink-0 rounded-full transition-colors focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600/40 disabled:opacity-60",
          checked ? "bg-brand-600" : "bg-slate-300",
        )}
      >
        <span aria-hidden className={cn("absolute top-0.5 size-5 rounded-full bg-white shadow transition-transform", checked ? "translate-x-5" : "translate-x-0.5")} />
      </button>
      <div>
        <p id={`${id}-label`} className="text-sm font-medium text-slate-800">{label} <span className="font-normal text-slate-500">· {checked ? "Ligado" : "Desligado"}</span></p>
        <div id={`${id}-hint`} className="mt-0.5 text-sm text-slate-600">{children}</div>
      </div>
    </div>
  );
}
