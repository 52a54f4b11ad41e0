"use client";
import { useOptimistic, useState, useTransition } from "react";
import { setCtiOperationEnabled } from "@/app/(admin)/cti/manager/actions";

/** Enabling or disabling is harmless and reversible, so it applies at once (optimistically) without a confirmation. */
export function CtiOperationEnabledToggle({ id, name, enabled }: { id: number; name: string; enabled: boolean }) {
  const [pending, start] = useTransition();
  const [shown, setShown] = useOptimistic(enabled);
  const [error, setError] = useState<string>();
  return (
    <div className="inline-flex flex-col items-start gap-1">
      <label className="inline-flex items-center gap-2 text-sm text-slate-700">
        <input
          type="checkbox"
          className="size-4 rounded border-slate-300 accent-brand-600"
          checked={shown}
          disabled={pending}
          aria-label={`${shown ? "Desativar" : "Ativar"} ${name}`}
          onChange={(e) => {
            const next = e.target.checked;
            start(async () => {
              setShown(next);
              const result = await setCtiOperationEnabled({ id, enabled: next });
              setError(result.ok ? undefined : result.error);
            });
          }}
        />
        {shown ? "Ativa" : "Inativa"}
      </label>
      {error && <span role="alert" className="text-xs text-red-600">{error}</span>}
    </div>
  );
}
