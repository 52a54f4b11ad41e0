import type { Metadata } from "next";
import { FilterNote, filterParams, NewButton } from "@/components/crm/list-toolbar";
import { EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { formatDateTime } from "@/lib/br/format";
import { getPageContext } from "@/lib/core/request-context";
import { listHistory } from "@/lib/crm/list-history";
import { CRM_PAGE_SIZE } from "@/lib/crm/list-scope";
import { parseCrmParams } from "@/lib/crm/params";
import { resolveListFilter } from "@/lib/crm/resolve-list-filter";

export const metadata: Metadata = { title: "Histórico" };

export default async function HistoryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await getPageContext();
  const { target, filter } = await resolveListFilter({ ctx, input: parseCrmParams(await searchParams) });
  const { items, total } = await listHistory({ ctx, input: filter });
  return (
    <>
      <PageHeader code="CRMFM030" title="Histórico" description="Registros de atendimento das empresas liberadas para você."
        actions={target && <NewButton basePath="/crm/history" params={filter} label="Registrar histórico" />} />
      <FilterNote target={target} basePath="/crm/history" />
      {total === 0 ? (
        <EmptyState title="Nenhum histórico registrado">Registre históricos a partir de uma conta, pelas operações do CTI.</EmptyState>
      ) : (
        <>
          <Table caption="Histórico">
            <thead><tr><Th>Data</Th><Th>Histórico</Th><Th>Conta</Th><Th>Contato</Th><Th>Usuário</Th><Th>Empresa</Th></tr></thead>
            <tbody className="divide-y divide-slate-100">
              {items.map((h) => (
                <Tr key={h.id}>
                  <Td className="whitespace-nowrap">{formatDateTime(h.createdAt)}</Td><Td className="whitespace-pre-wrap">{h.note}</Td>
                  <Td>{h.accountName}</Td><Td>{h.contactName ?? "—"}</Td><Td>{h.userName}</Td><Td className="font-mono">{h.companyCode}</Td>
                </Tr>
              ))}
            </tbody>
          </Table>
          <Pagination page={filter.page} pageSize={CRM_PAGE_SIZE} total={total} params={filterParams(filter)} basePath="/crm/history" />
        </>
      )}
    </>
  );
}
