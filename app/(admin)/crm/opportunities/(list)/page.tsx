import type { Metadata } from "next";
import Link from "next/link";
import { FilterNote, filterParams, NewButton } from "@/components/crm/list-toolbar";
import { EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { formatCents, formatDateTime } from "@/lib/br/format";
import { getPageContext } from "@/lib/core/request-context";
import { CRM_PAGE_SIZE } from "@/lib/crm/list-scope";
import { listOpportunities } from "@/lib/crm/list-opportunities";
import { parseCrmParams } from "@/lib/crm/params";
import { resolveListFilter } from "@/lib/crm/resolve-list-filter";
import { stageLabel } from "@/lib/crm/stage-label";

export const metadata: Metadata = { title: "Oportunidades" };

export default async function OpportunitiesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await getPageContext();
  const { target, filter } = await resolveListFilter({ ctx, input: parseCrmParams(await searchParams) });
  const { items, total } = await listOpportunities({ ctx, input: filter });
  return (
    <>
      <PageHeader code="CRMFM020" title="Oportunidades" description="Oportunidades das empresas liberadas para você."
        actions={target && <NewButton basePath="/crm/opportunities" params={filter} label="Nova oportunidade" />} />
      <FilterNote target={target} basePath="/crm/opportunities" />
      {total === 0 ? (
        <EmptyState title="Nenhuma oportunidade encontrada">Registre oportunidades a partir de uma conta, pelas operações do CTI.</EmptyState>
      ) : (
        <>
          <Table caption="Oportunidades">
            <thead><tr><Th>Nº</Th><Th>Título</Th><Th>Etapa</Th><Th className="text-right">Valor</Th><Th>Conta</Th><Th>Contato</Th><Th>Empresa</Th><Th>Criada em</Th></tr></thead>
            <tbody className="divide-y divide-slate-100">
              {items.map((o) => (
                <Tr key={o.id}>
                  <Td className="font-mono"><Link href={`/crm/opportunities/${o.id}`} className="text-brand-700 underline">{o.id}</Link></Td>
                  <Td>{o.title}</Td><Td>{stageLabel(o.stage)}</Td><Td className="text-right">{formatCents(o.amountCents)}</Td>
                  <Td>{o.accountName}</Td><Td>{o.contactName ?? "—"}</Td><Td className="font-mono">{o.companyCode}</Td><Td>{formatDateTime(o.createdAt)}</Td>
                </Tr>
              ))}
            </tbody>
          </Table>
          <Pagination page={filter.page} pageSize={CRM_PAGE_SIZE} total={total} params={filterParams(filter)} basePath="/crm/opportunities" />
        </>
      )}
    </>
  );
}
