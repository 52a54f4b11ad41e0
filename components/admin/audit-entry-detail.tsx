"use client";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { changedKeys } from "@/lib/audit/changed-keys";

function Snapshot({ title, value }: { title: string; value: unknown }) {
  return (
    <div className="min-w-0">
      <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600">{title}</h3>
      {value === null || value === undefined
        ? <p className="rounded-md border border-dashed border-slate-300 px-3 py-2 text-sm text-slate-500">Sem dados</p>
        : <pre className="max-h-[50vh] overflow-auto rounded-md bg-slate-50 p-3 text-xs leading-relaxed text-slate-800">{JSON.stringify(value, null, 2)}</pre>}
    </div>
  );
}

/** Before and after side by side, with the changed fields named above them. */
export function AuditEntryDetail({ title, summary, before, after }: { title: string; summary: string; before: unknown; after: unknown }) {
  const changed = before && after ? changedKeys(before, after) : [];
  return (
    <Dialog title={title} description={summary} wide trigger={<Button type="button" variant="secondary" size="sm">Detalhes</Button>}>
      {changed.length > 0 && (
        <p className="mb-3 text-sm text-slate-700">
          Campos alterados: {changed.map((key) => <code key={key} className="mr-1 rounded bg-amber-100 px-1 text-xs text-amber-900">{key}</code>)}
        </p>
      )}
      <div className="grid gap-3 md:grid-cols-2">
        <Snapshot title="Antes" value={before} />
        <Snapshot title="Depois" value={after} />
      </div>
    </Dialog>
  );
}
