import type { Metadata } from "next";
import Link from "next/link";
import { PeopleSearchForm } from "@/components/people/people-search-form";
import { PeopleTable } from "@/components/people/people-table";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { getPageContext } from "@/lib/core/request-context";
import { SEARCHED_BY_LABELS } from "@/lib/people/labels";
import { listPeople } from "@/lib/people/list-people";
import { peopleSearchSchema } from "@/lib/people/schemas";

export const metadata: Metadata = { title: "Pessoas" };

export default async function PeoplePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await getPageContext();
  const params = await searchParams;
  const search = peopleSearchSchema.parse({ q: params.q, mode: params.modo, page: params.page });
  const result = await listPeople({ ctx, input: search });
  const newButton = <Link href="/people/new" className={buttonClass("primary")}>Nova pessoa</Link>;
  return (
    <>
      <PageHeader
        code="PESFM010"
        title="Pessoas"
        description="Clientes, fornecedores e contatos de toda a organização. Títulos e pedidos aparecem só das empresas liberadas para você."
        actions={(
          <div className="flex gap-2">
            <a
              href={`/api/cti/dialing-list?${new URLSearchParams({ q: search.q, modo: search.mode })}`}
              className={buttonClass("secondary")}
              title="CSV para a central telefônica com telefone e dados associados das pessoas desta busca"
            >
              Exportar lista de discagem
            </a>
            {newButton}
          </div>
        )}
      />
      <PeopleSearchForm q={search.q} mode={search.mode} />
      {result.rows.length > 0 ? (
        <>
          {search.q && (
            <p className="mb-2 text-sm text-slate-600">Busca por {SEARCHED_BY_LABELS[result.searchedBy]}: “{search.q}”</p>
          )}
          <PeopleTable rows={result.rows} />
          <Pagination
            page={result.page}
            pageSize={result.pageSize}
            total={result.total}
            totalCapped={result.totalCapped}
            params={{ q: search.q || undefined, modo: search.mode === "auto" ? undefined : search.mode }}
            basePath="/people"
          />
        </>
      ) : result.total > 0 ? (
        <EmptyState title="Esta página não existe">
          A busca tem menos páginas.{" "}
          <Link href={`/people?${new URLSearchParams({ q: search.q, modo: search.mode })}`} className="underline">Voltar à primeira página</Link>.
        </EmptyState>
      ) : search.q ? (
        <EmptyState title="Nenhuma pessoa encontrada">
          Nada corresponde a “{search.q}” na busca por {SEARCHED_BY_LABELS[result.searchedBy]}. Confira o texto ou escolha outro
          tipo de busca. <Link href="/people" className="underline">Limpar busca</Link>
        </EmptyState>
      ) : (
        <EmptyState title="Nenhuma pessoa cadastrada ainda">
          <p>Cadastre a primeira pessoa ou importe do ERP.</p>
          <div className="mt-4">{newButton}</div>
        </EmptyState>
      )}
    </>
  );
}
