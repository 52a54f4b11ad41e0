import Form from "next/form";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { SEARCH_MODES, type SearchMode } from "@/lib/people/schemas";

/** A GET form: the search lives in the address bar (q, modo), so it can be shared and reloaded. */
export function PeopleSearchForm({ q, mode }: { q: string; mode: SearchMode }) {
  return (
    <Form action="/people" role="search" aria-label="Buscar pessoas" className="mb-4 flex flex-wrap items-end gap-2">
      <div className="min-w-64 flex-1 space-y-1">
        <label htmlFor="people-q" className="block text-sm font-medium text-slate-700">Buscar</label>
        <Input id="people-q" name="q" type="search" defaultValue={q} placeholder="Nome, CPF/CNPJ, telefone ou código ERP" autoComplete="off" />
      </div>
      <div className="w-44 space-y-1">
        <label htmlFor="people-mode" className="block text-sm font-medium text-slate-700">Buscar por</label>
        <Select id="people-mode" name="modo" defaultValue={mode}>
          {Object.entries(SEARCH_MODES).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </Select>
      </div>
      <Button type="submit">Buscar</Button>
      {q && <Link href="/people" className="px-2 py-2 text-sm text-slate-600 underline">Limpar</Link>}
    </Form>
  );
}
