import type { Metadata } from "next";
import Link from "next/link";
import { ClickToDial } from "@/components/cti/click-to-dial";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { formatDateTime } from "@/lib/br/format";
import { getPageContext } from "@/lib/core/request-context";
import { CRM_PAGE_SIZE } from "@/lib/crm/list-scope";
import { listLeads } from "@/lib/crm/list-leads";
import { parseCrmParams } from "@/lib/crm/params";

export const metadata: Metadata = { title: "Leads" };

export default async function LeadsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await getPageContext();
  const { page } = parseCrmParams(await searchParams);
  const { items, total } = await listLeads({ ctx, input: { page } });
  return (
    <>
      <PageHeader code="CRMFM001" title="Leads" description="Interessados das empresas liberadas para você." actions={<Link href="/crm/leads/new" className={buttonClass()}>Novo lead</Link>} />
      {total === 0 ? (
        <EmptyState title="Nenhum lead cadastrado">Cadastre um lead pelo botão acima ou pelas operações do CTI.</EmptyState>
      ) : (
        <>
          <Table caption="Leads">
            <thead><tr><Th>Nome</Th><Th>Telefone</Th><Th>E-mail</Th><Th>Observações</Th><Th>Empresa</Th><Th>Criado em</Th></tr></thead>
            <tbody className="divide-y divide-slate-100">
              {items.map((l) => (
                <Tr key={l.id}>
                  <Td>{l.name}</Td><Td className="whitespace-nowrap">{l.phone ? <ClickToDial number={l.phone} /> : "—"}</Td><Td>{l.email ?? "—"}</Td>
                  <Td className="max-w-xs truncate">{l.notes ?? "—"}</Td><Td className="font-mono">{l.companyCode}</Td><Td>{formatDateTime(l.createdAt)}</Td>
                </Tr>
              ))}
            </tbody>
          </Table>
          <Pagination page={page} pageSize={CRM_PAGE_SIZE} total={total} params={{}} basePath="/crm/leads" />
        </>
      )}
    </>
  );
}
