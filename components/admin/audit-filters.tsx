import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS } from "@/lib/audit/labels";
import type { AuditSearchParams } from "@/lib/audit/schemas";
import type { CompanyRef } from "@/lib/core/ctx";

/** Labelled choices, plus the current value when it is not one of them (e.g. an entity a later module logs). */
function withCurrent(labels: Record<string, string>, current?: string) {
  const entries = Object.entries(labels);
  return current && !labels[current] ? [...entries, [current, current] as [string, string]] : entries;
}

/** A plain GET form: the filters live in the query string, so a filtered view can be bookmarked or shared. */
export function AuditFilters({ params, companies, users, basePath }: {
  params: AuditSearchParams; companies: CompanyRef[]; users: { id: number; name: string }[]; basePath: string;
}) {
  return (
    <form method="get" action={basePath} className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-xs sm:grid-cols-2 lg:grid-cols-4">
      <Field label="Entidade">
        {(p) => (
          <Select {...p} name="entidade" defaultValue={params.entidade ?? ""}>
            <option value="">Todas</option>
            {withCurrent(AUDIT_ENTITY_LABELS, params.entidade).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </Select>
        )}
      </Field>
      <Field label="Ação">
        {(p) => (
          <Select {...p} name="acao" defaultValue={params.acao ?? ""}>
            <option value="">Todas</option>
            {withCurrent(AUDIT_ACTION_LABELS, params.acao).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </Select>
        )}
      </Field>
      <Field label="Usuário">
        {(p) => (
          <Select {...p} name="usuario" defaultValue={params.usuario ?? ""}>
            <option value="">Todos</option>
            {users.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
          </Select>
        )}
      </Field>
      <Field label="Empresa">
        {(p) => (
          <Select {...p} name="empresa" defaultValue={params.empresa ?? ""}>
            <option value="">Todas as liberadas</option>
            <option value="org">Corporativo (sem empresa)</option>
            {companies.map((c) => <option key={c.id} value={c.id}>{c.code} · {c.name}</option>)}
          </Select>
        )}
      </Field>
      <Field label="De">{(p) => <Input {...p} type="date" name="de" defaultValue={params.de ?? ""} />}</Field>
      <Field label="Até">{(p) => <Input {...p} type="date" name="ate" defaultValue={params.ate ?? ""} />}</Field>
      <Field label="Registro" hint="Parte do identificador, ex.: 42 ou CD_TIPOFONE.">
        {(p) => <Input {...p} name="registro" defaultValue={params.registro ?? ""} autoComplete="off" />}
      </Field>
      <div className="flex items-start gap-2 pt-6">
        <button type="submit" className={buttonClass("primary")}>Filtrar</button>
        <Link href={basePath} className={buttonClass("secondary")}>Limpar</Link>
      </div>
    </form>
  );
}
