import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import type { CtiLogSearchParams } from "@/lib/cti/logs/schemas";

/** A plain GET form, so a filtered view can be bookmarked; the user filter is offered to admins only. */
export function CtiLogFilters({ params, users, basePath, unansweredFilter = false }: {
  params: CtiLogSearchParams; users: { id: number; name: string }[] | null; basePath: string; unansweredFilter?: boolean;
}) {
  return (
    <form method="get" action={basePath} className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-xs">
      {users && (
        <Field label="Usuário" className="w-56">
          {(p) => (
            <Select {...p} name="usuario" defaultValue={params.usuario ?? ""}>
              <option value="">Todos</option>
              {users.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
            </Select>
          )}
        </Field>
      )}
      <Field label="De" className="w-44">{(p) => <Input {...p} type="date" name="de" defaultValue={params.de ?? ""} />}</Field>
      <Field label="Até" className="w-44">{(p) => <Input {...p} type="date" name="ate" defaultValue={params.ate ?? ""} />}</Field>
      {unansweredFilter && (
        <label className="inline-flex h-9 items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" name="nao_atendidas" value="1" defaultChecked={params.nao_atendidas === "1"} className="size-4 rounded border-slate-300 accent-brand-600" />
          Somente não atendidas
        </label>
      )}
      <div className="flex gap-2">
        <button type="submit" className={buttonClass("primary")}>Filtrar</button>
        <Link href={basePath} className={buttonClass("secondary")}>Limpar</Link>
      </div>
    </form>
  );
}
