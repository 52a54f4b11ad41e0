import Form from "next/form";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/field";
import { formatDocument } from "@/lib/br/document";

type Match = { id: number; name: string; document: string | null; erpCode: string | null };
type Explanation = { person: Match; reasons: string[] } | null;

/**
 * "Por que esta pessoa não aparece?": a GET form that keeps the list's filters, the people found, and the reasons for
 * the one picked (read on the server from the same rules as the list).
 */
export function AbsenceLookup({ params, query, matches, explanation }: {
  params: Record<string, string | undefined>; query: string; matches: Match[]; explanation: Explanation;
}) {
  const href = (personId: number) =>
    `/people/send-contacts?${new URLSearchParams(Object.entries({ ...params, quem: query, pessoa: String(personId) }).filter(([, v]) => v) as [string, string][])}#por-que`;
  return (
    <Card title="Por que esta pessoa não aparece?">
      <Form action="/people/send-contacts" className="flex flex-wrap items-end gap-2" aria-label="Procurar pessoa ausente">
        {Object.entries(params).map(([key, value]) => value ? <input key={key} type="hidden" name={key} value={value} /> : null)}
        <div className="min-w-64 flex-1 space-y-1">
          <label htmlFor="why-q" className="block text-sm font-medium text-slate-700">Nome, CPF/CNPJ ou código ERP</label>
          <Input id="why-q" name="quem" type="search" defaultValue={query} autoComplete="off" />
        </div>
        <Button type="submit" variant="secondary">Procurar</Button>
      </Form>
      {query && !explanation && (
        matches.length ? (
          <ul className="mt-3 divide-y divide-slate-100 text-sm" aria-label="Pessoas encontradas">
            {matches.map((m) => (
              <li key={m.id} className="py-1.5">
                <Link href={href(m.id)} className="font-medium text-brand-700 hover:underline">{m.name}</Link>
                <span className="ml-2 font-mono text-xs text-slate-500">{[formatDocument(m.document), m.erpCode].filter(Boolean).join(" · ")}</span>
              </li>
            ))}
          </ul>
        ) : <p className="mt-3 text-sm text-slate-600">Nenhuma pessoa encontrada para “{query}”.</p>
      )}
      {explanation && (
        <div id="por-que" className="mt-3 rounded-md border border-slate-200 bg-slate-50 px-4 py-3 text-sm" role="status">
          <p className="font-medium text-slate-900">{explanation.person.name}</p>
          {explanation.reasons.length ? (
            <ul className="mt-1 list-disc space-y-0.5 pl-5 text-slate-700">
              {explanation.reasons.map((reason) => <li key={reason}>{reason}</li>)}
            </ul>
          ) : <p className="mt-1 text-slate-700">Esta pessoa aparece na lista com os filtros atuais.</p>}
        </div>
      )}
    </Card>
  );
}
