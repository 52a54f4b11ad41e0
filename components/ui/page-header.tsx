import type { ReactNode } from "react";

/** Every screen shows its code (INTFM037, PESFM010, ...) beside its title. */
export function PageHeader({ code, title, description, actions }: { code: string; title: string; description?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div>
        <p className="font-mono text-xs font-semibold tracking-wide text-brand-700">{code}</p>
        <h1 className="text-2xl font-semibold text-slate-900">{title}</h1>
        {description && <p className="mt-1 max-w-3xl text-sm text-slate-600">{description}</p>}
      </div>
      {actions && <div className="flex gap-2">{actions}</div>}
    </div>
  );
}
