import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";

/** A plain GET form: the search lives in the URL, so it survives reloads and can be shared. */
export function CreditorSearch({ q, action }: { q: string; action: string }) {
  return (
    <form method="get" action={action} role="search" className="mb-4 flex max-w-md items-end gap-2">
      <div className="flex-1 space-y-1">
        <label htmlFor="creditor-search" className="block text-sm font-medium text-slate-700">Buscar por nome</label>
        <input id="creditor-search" type="search" name="q" defaultValue={q} maxLength={100} placeholder="Ex.: Escola" className={inputClass} />
      </div>
      <Button type="submit" variant="secondary">Buscar</Button>
    </form>
  );
}
