import { useId, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";

type ControlProps = { id: string; "aria-invalid"?: boolean; "aria-describedby"?: string };

/** A control inside a repeated row: the column header is visual, the label is for screen readers. */
export function RowControl({ label, error, className, children }: {
  label: string; error?: string; className?: string; children: (props: ControlProps) => ReactNode;
}) {
  const id = useId();
  return (
    <div className={cn("min-w-0", className)}>
      <label htmlFor={id} className="sr-only">{label}</label>
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": error ? `${id}-error` : undefined })}
      {error && <p id={`${id}-error`} className="mt-1 text-sm text-red-600">{error}</p>}
    </div>
  );
}

export function ColumnHeaders({ className, children }: { className: string; children: ReactNode }) {
  return <div aria-hidden className={cn("hidden text-xs font-semibold uppercase tracking-wide text-slate-500 sm:grid", className)}>{children}</div>;
}
