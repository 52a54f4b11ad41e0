import type { Metadata } from "next";
import Link from "next/link";
import { AbsenceLookup } from "@/components/rdconversas/contacts/absence-lookup";
import { BatchHistory } from "@/components/rdconversas/contacts/batch-history";
import { ContactCandidates } from "@/components/rdconversas/contacts/contact-candidates";
import { ContactFiltersForm } from "@/components/rdconversas/contacts/contact-filters-form";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { isAdmin } from "@/lib/core/ctx";
import { ServiceError } from "@/lib/core/errors";
import { getPageContext } from "@/lib/core/request-context";
import { listPeople } from "@/lib/people/list-people";
import { contactCandidatesSearchSchema } from "@/lib/rdconversas/contact-schemas";
import { explainContactAbsence } from "@/lib/rdconversas/contacts/explain-contact-absence";
import { BATCHES_PAGE_SIZE, listContactBatches } from "@/lib/rdconversas/contacts/list-contact-batches";
import { listContactCandidates } from "@/lib/rdconversas/contacts/list-contact-candidates";

export const metadata: Metadata = { title: "Envio de contatos em lote" };

type Params = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);
const positive = (value: string | undefined) => (value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : undefined);
const LOOKUP_MATCHES = 10;
/** A person deleted since the link was made just shows no explanation. */
const missingPerson = (error: unknown) => {
  if (error instanceof ServiceError && error.code === "NOT_FOUND") return null;
  throw error;
};

export default async function SendContactsPage({ searchParams }: { searchParams: Promise<Params> }) {
  const ctx = await getPageContext();
  const params = await searchParams;
  const wantedCompany = positive(one(params.empresa));
  const search = contactCandidatesSearchSchema.catch(contactCandidatesSearchSchema.parse({})).parse({
    companyId: ctx.companies.some((c) => c.id === wantedCompany) ? wantedCompany : undefined,
    name: one(params.nome), erpCode: one(params.erp), since: one(params.desde), page: one(params.page),
  });
  const result = await listContactCandidates({ ctx, input: search });
  const filters = { companyId: result.companyId, name: search.name, erpCode: search.erpCode, since: search.since };
  const urlParams = { empresa: String(result.companyId), nome: search.name || undefined, erp: search.erpCode || undefined, desde: search.since || undefined };
  const header = <PageHeader code="PESFP079" title="Envio de contatos em lote" description="Cadastra pessoas como contatos no RD Conversas; o ID devolvido fica no campo adicional configurado e a pessoa não aparece mais aqui." />;

  if (!result.send) {
    return (
      <>
        {header}
        <EmptyState title="RD Conversas não configurado">
          <p>Configure o parâmetro DS_LST_CONFIG_RDCONVERSAS em INTFM037 para enviar contatos.</p>
          {isAdmin(ctx) && <div className="mt-4"><Link href="/integrations/rd-conversas" className={buttonClass("primary")}>Abrir INTFM037</Link></div>}
        </EmptyState>
      </>
    );
  }

  const query = (one(params.quem) ?? "").trim().slice(0, 120);
  const personId = positive(one(params.pessoa));
  const matches = query && !personId ? (await listPeople({ ctx, input: { q: query, mode: "auto", page: 1 } })).rows.slice(0, LOOKUP_MATCHES) : [];
  const explanation = personId ? await explainContactAbsence({ ctx, input: { personId, filters } }).catch(missingPerson) : null;
  const historyPage = positive(one(params.lotes)) ?? 1;
  const history = await listContactBatches({ ctx, input: { page: historyPage } });
  const { send } = result;

  return (
    <>
      {header}
      <ContactFiltersForm filters={search} companyId={result.companyId} companies={ctx.companies} />
      {send.phoneType.id === null && (
        <p role="status" className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">
          Nenhum tipo de telefone tem o código {send.phoneType.code}, o CD_TIPOFONE_CELULAR desta empresa: ninguém pode ser enviado até corrigir o parâmetro.
        </p>
      )}
      {send.fieldId === null && (
        <p role="status" className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">
          O campo adicional {send.config.CD_CAMPO_ADIC_PESRDCONV} (CD_CAMPO_ADIC_PESRDCONV) não existe em PESFL101: crie-o para guardar o ID dos contatos enviados.
        </p>
      )}
      <section aria-labelledby="candidates-title" className="mb-8 space-y-2">
        <h2 id="candidates-title" className="text-sm font-semibold text-slate-800">Pessoas ainda não enviadas com celular principal ({send.phoneType.code})</h2>
        {result.rows.length > 0 ? (
          <>
            <ContactCandidates key={JSON.stringify(search)} rows={result.rows} total={result.total} filters={filters} />
            <Pagination page={result.page} pageSize={result.pageSize} total={result.total} params={urlParams} basePath="/people/send-contacts" />
          </>
        ) : result.total > 0 ? (
          <EmptyState title="Esta página não existe">
            A lista tem menos páginas. <Link href={`/people/send-contacts?${new URLSearchParams(urlParams as Record<string, string>)}`} className="underline">Voltar à primeira página</Link>.
          </EmptyState>
        ) : (
          <EmptyState title="Ninguém para enviar com estes filtros">
            Todas as pessoas que atendem aos filtros já foram enviadas, estão na fila ou não têm celular principal. Use “Por que esta pessoa não aparece?” abaixo.
          </EmptyState>
        )}
      </section>
      <div className="mb-8">
        <AbsenceLookup params={urlParams} query={query} matches={matches} explanation={explanation} />
      </div>
      <section aria-labelledby="history-title" className="space-y-2">
        <h2 id="history-title" className="text-sm font-semibold text-slate-800">Lotes enviados por esta empresa</h2>
        {history.rows.length ? <BatchHistory rows={history.rows} /> : <EmptyState title="Nenhum lote enviado ainda" />}
        {history.total > BATCHES_PAGE_SIZE && (
          <nav aria-label="Páginas de lotes" className="flex justify-end gap-2 text-sm">
            {historyPage > 1 && <Link className={buttonClass("secondary", "sm")} href={`/people/send-contacts?lotes=${historyPage - 1}#history-title`}>Lotes mais recentes</Link>}
            {historyPage * BATCHES_PAGE_SIZE < history.total && <Link className={buttonClass("secondary", "sm")} href={`/people/send-contacts?lotes=${historyPage + 1}#history-title`}>Lotes anteriores</Link>}
          </nav>
        )}
      </section>
    </>
  );
}
