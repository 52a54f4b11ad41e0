import Link from "next/link";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { CompanyRef } from "@/lib/core/ctx";
import { KIND_LABELS, PROVIDER_LABELS, STATUS_LABELS } from "@/lib/messaging/labels";
import type { MessageSearchParams } from "@/lib/messaging/log-schemas";

/** A plain GET form: filters live in the URL, so a filtered log can be bookmarked and shared. */
export function MessageFilters({ params, companies }: { params: MessageSearchParams; companies: CompanyRef[] }) {
  const field = "space-y-1 text-sm";
  const label = "block font-medium text-slate-700";
  return (
    <form action="/messages" role="search" aria-label="Filtrar mensagens" className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4">
      <div className={field}>
        <label htmlFor="f-empresa" className={label}>Empresa</label>
        <select id="f-empresa" name="empresa" defaultValue={params.empresa ?? ""} className={inputClass}>
          <option value="">Todas as liberadas</option>
          {companies.map((c) => <option key={c.id} value={c.id}>{c.code} · {c.name}</option>)}
        </select>
      </div>
      <div className={field}>
        <label htmlFor="f-situacao" className={label}>Situação</label>
        <select id="f-situacao" name="situacao" defaultValue={params.situacao ?? ""} className={inputClass}>
          <option value="">Todas</option>
          {Object.entries(STATUS_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </select>
      </div>
      <div className={field}>
        <label htmlFor="f-provedor" className={label}>Provedor</label>
        <select id="f-provedor" name="provedor" defaultValue={params.provedor ?? ""} className={inputClass}>
          <option value="">Todos</option>
          {Object.entries(PROVIDER_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </select>
      </div>
      <div className={field}>
        <label htmlFor="f-tipo" className={label}>Tipo</label>
        <select id="f-tipo" name="tipo" defaultValue={params.tipo ?? ""} className={inputClass}>
          <option value="">Todos</option>
          {Object.entries(KIND_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </select>
      </div>
      <div className={field}>
        <label htmlFor="f-de" className={label}>De</label>
        <input id="f-de" type="date" name="de" defaultValue={params.de} className={inputClass} />
      </div>
      <div className={field}>
        <label htmlFor="f-ate" className={label}>Até</label>
        <input id="f-ate" type="date" name="ate" defaultValue={params.ate} className={inputClass} />
      </div>
      <div className={field}>
        <label htmlFor="f-dest" className={label}>Destinatário</label>
        <input id="f-dest" name="destinatario" defaultValue={params.destinatario} placeholder="Final do telefone" inputMode="tel" className={inputClass} />
      </div>
      <div className="flex items-end gap-2">
        <Button type="submit">Filtrar</Button>
        <Link href="/messages" className="px-2 text-sm text-slate-600 underline">Limpar</Link>
      </div>
    </form>
  );
}
