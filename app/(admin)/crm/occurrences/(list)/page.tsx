import type { Metadata } from "next";
import Link from "next/link";
import { FilterNote, filterParams, NewButton } from "@/components/crm/list-toolbar";
import { OccurrenceStatusBadge } from "@/components/crm/occurrence-status-badge";
import { EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { formatDateTime } from "@/lib/br/format";
import { getPageContext } from "@/lib/core/request-context";
import { CRM_PAGE_SIZE } from "@/lib/crm/list-scope";
import { listOccurrences } from "@/lib/crm/list-occurrences";
import { parseCrmParams } from "@/lib/crm/params";
import { resolveListFilter } from "@/lib/crm/resolve-list-filter";

export const metadata: Metadata = { title: "Ocorrências" };

export default async function OccurrencesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await getPageContext();
  const { target, filter } = await resolveListFilter({ ctx, input: parseCrmParams(await searchParams) });
  const { items, total } = await listOccurrences({ ctx, input: filter });
  return (
    <>
      <PageHeader code="CRMFM010" title="Ocorrências" description="Ocorrências das empresas liberadas para você."
        actions={target && <NewButton basePath="/crm/occurrences" params={filter} label="Nova ocorrência" />} />
      <FilterNote target={target} basePath="/crm/occurrences" />
      {total === 0 ? (
        <EmptyState title="Nenhuma ocorrência encontrada">Registre ocorrências a partir de uma conta, pelas operações do CTI.</EmptyState>
      ) : (
        <>
          <Table caption="Ocorrências">
            <thead><tr><Th>Protocolo</Th><Th>Assunto</Th><Th>Tipo</Th><Th>Situação</Th><Th>Conta</Th><Th>Contato</Th><Th>Empresa</Th><Th>Aberta em</Th></tr></thead>
            <tbody className="divide-y divide-slate-100">
              {items.map((o) => (
                <Tr key={o.id}>
                  <Td className="font-mono"><Link href={`/crm/occurrences/${o.protocol}`} className="text-brand-700 underline">{o.protocol}</Link></Td>
                  <Td>{o.subject}</Td><Td>{o.typeName}</Td><Td><OccurrenceStatusBadge status={o.status} /></Td>
                  <Td>{o.accountName}</Td><Td>{o.contactName ?? "—"}</Td><Td className="font-mono">{o.companyCode}</Td><Td>{formatDateTime(o.createdAt)}</Td>
                </Tr>
              ))}
            </tbody>
          </Table>
          <Pagination page={filter.page} pageSize={CRM_PAGE_SIZE} total={total} params={filterParams(filter)} basePath="/crm/occurrences" />
        </>
      )}
    </>
  );
}
