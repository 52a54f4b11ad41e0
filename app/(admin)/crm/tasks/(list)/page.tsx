import type { Metadata } from "next";
import { FilterNote, filterParams, NewButton } from "@/components/crm/list-toolbar";
import { Badge, EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { formatIsoDate } from "@/lib/br/format";
import { getPageContext } from "@/lib/core/request-context";
import { CRM_PAGE_SIZE } from "@/lib/crm/list-scope";
import { listTasks } from "@/lib/crm/list-tasks";
import { parseCrmParams } from "@/lib/crm/params";
import { resolveListFilter } from "@/lib/crm/resolve-list-filter";

export const metadata: Metadata = { title: "Tarefas" };

export default async function TasksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await getPageContext();
  const { target, filter } = await resolveListFilter({ ctx, input: parseCrmParams(await searchParams) });
  const { items, total } = await listTasks({ ctx, input: filter });
  return (
    <>
      <PageHeader code="CRMFM040" title="Tarefas" description="Tarefas das empresas liberadas para você; abertas primeiro, por vencimento."
        actions={target && <NewButton basePath="/crm/tasks" params={filter} label="Registrar tarefa" />} />
      <FilterNote target={target} basePath="/crm/tasks" />
      {total === 0 ? (
        <EmptyState title="Nenhuma tarefa registrada">Registre tarefas a partir de uma conta, pelas operações do CTI.</EmptyState>
      ) : (
        <>
          <Table caption="Tarefas">
            <thead><tr><Th>Tarefa</Th><Th>Vencimento</Th><Th>Situação</Th><Th>Conta</Th><Th>Contato</Th><Th>Empresa</Th></tr></thead>
            <tbody className="divide-y divide-slate-100">
              {items.map((x) => (
                <Tr key={x.id}>
                  <Td>{x.title}</Td><Td>{x.dueDate ? formatIsoDate(x.dueDate) : "—"}</Td>
                  <Td>{x.done ? <Badge tone="green">Concluída</Badge> : <Badge tone="amber">Aberta</Badge>}</Td>
                  <Td>{x.accountName}</Td><Td>{x.contactName ?? "—"}</Td><Td className="font-mono">{x.companyCode}</Td>
                </Tr>
              ))}
            </tbody>
          </Table>
          <Pagination page={filter.page} pageSize={CRM_PAGE_SIZE} total={total} params={filterParams(filter)} basePath="/crm/tasks" />
        </>
      )}
    </>
  );
}
