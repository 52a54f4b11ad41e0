import Form from "next/form";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import type { CompanyRef } from "@/lib/core/ctx";
import type { ContactFilters } from "@/lib/rdconversas/contact-schemas";

const label = "block text-sm font-medium text-slate-700";

/** GET form: the filters live in the address bar, so the list, "select all" and the lookup all read the same ones. */
export function ContactFiltersForm({ filters, companyId, companies }: { filters: ContactFilters; companyId: number; companies: CompanyRef[] }) {
  return (
    <Form action="/people/send-contacts" role="search" aria-label="Filtros do envio" className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-12 lg:items-end">
      <div className="space-y-1 lg:col-span-2">
        <label htmlFor="send-kind" className={label}>Tipo de envio</label>
        <Select id="send-kind" disabled defaultValue="rd"><option value="rd">RD Conversa</option></Select>
      </div>
      <div className="space-y-1 lg:col-span-3">
        <label htmlFor="send-company" className={label}>Empresa</label>
        <Select id="send-company" name="empresa" defaultValue={String(companyId)}>
          {companies.map((c) => <option key={c.id} value={c.id}>{c.code} – {c.name}</option>)}
        </Select>
      </div>
      <div className="space-y-1 lg:col-span-3">
        <label htmlFor="send-name" className={label}>Nome</label>
        <Input id="send-name" name="nome" type="search" defaultValue={filters.name} placeholder="Parte do nome" autoComplete="off" />
      </div>
      <div className="space-y-1 lg:col-span-2">
        <label htmlFor="send-erp" className={label}>Código ERP</label>
        <Input id="send-erp" name="erp" defaultValue={filters.erpCode} autoComplete="off" />
      </div>
      <div className="space-y-1 lg:col-span-2">
        <label htmlFor="send-since" className={label}>Cadastrada desde</label>
        <Input id="send-since" name="desde" type="date" defaultValue={filters.since} />
      </div>
      <div className="flex gap-2 lg:col-span-12">
        <Button type="submit">Filtrar</Button>
        {(filters.name || filters.erpCode || filters.since) && (
          <Link href={`/people/send-contacts?empresa=${companyId}`} className="px-2 py-2 text-sm text-slate-600 underline">Limpar filtros</Link>
        )}
      </div>
    </Form>
  );
}
