import type { Metadata } from "next";
import Link from "next/link";
import { ConfigRowActions } from "@/components/scheduler/config-row-actions";
import { ProcessConfigForm } from "@/components/scheduler/process-config-form";
import { RunStatusBadge } from "@/components/scheduler/run-status-badge";
import { RunsTable } from "@/components/scheduler/runs-table";
import { Badge, EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { formatDateTime } from "@/lib/br/format";
import { isAdmin } from "@/lib/core/ctx";
import { getPageContext } from "@/lib/core/request-context";
import { listProcessConfigs } from "@/lib/scheduler/list-process-configs";
import { listRuns, RUNS_PAGE_SIZE } from "@/lib/scheduler/list-runs";
import { processOptions } from "@/lib/scheduler/process-options";

export const metadata: Metadata = { title: "Processos em segundo plano" };

export default async function SchedulerPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const ctx = await getPageContext();
  const page = Math.max(1, Number((await searchParams).page) || 1);
  const [configs, runs] = await Promise.all([listProcessConfigs({ ctx }), listRuns({ ctx, input: { page } })]);
  const logged = ctx.companies.find((c) => c.id === ctx.companyId)!;
  const admin = isAdmin(ctx);
  return (
    <>
      <PageHeader
        code="GERFP095"
        title="Processos em segundo plano"
        description="Configurações de processos executados pelo processo jobs (horário de Brasília). Acompanhe cada execução e o seu LOG."
        actions={admin ? <ProcessConfigForm processes={processOptions()} companies={ctx.companies} loggedCompany={`${logged.code} · ${logged.name}`} /> : undefined}
      />
      {configs.length === 0 ? (
        <EmptyState title="Nenhuma configuração de processo">{admin ? "Crie a primeira com “Nova configuração”." : "Um administrador cria as configurações."}</EmptyState>
      ) : (
        <Table caption="Configurações de processo">
          <thead>
            <tr><Th>Configuração</Th><Th>Processo</Th><Th>Empresas</Th><Th>Frequência</Th><Th>Próximas execuções</Th><Th>Última</Th><Th>Situação</Th>{admin && <Th className="text-right">Ações</Th>}</tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {configs.map(({ config, processName, companies, frequency, nextRuns, lastRun }) => (
              <Tr key={config.id}>
                <Td><Link href={`/scheduler/${config.id}`} className="font-medium text-brand-700 hover:underline">{config.description}</Link></Td>
                <Td><span className="text-xs text-slate-500">{config.processType}</span><br />{processName}</Td>
                <Td className="text-xs">{companies.join("; ")}{config.groupCompanies && <><br /><Badge>Agrupadas</Badge></>}</Td>
                <Td className="text-xs">{frequency}</Td>
                <Td>
                  {nextRuns.length === 0 ? <span className="text-xs text-slate-500">—</span> : (
                    <ul className="text-xs font-mono leading-5" aria-label={`Próximas execuções de ${config.description}`}>
                      {nextRuns.map((d) => <li key={d.getTime()} className="whitespace-nowrap">{formatDateTime(d)}</li>)}
                    </ul>
                  )}
                </Td>
                <Td>{lastRun ? <Link href={`/scheduler/runs/${lastRun.id}`}><RunStatusBadge status={lastRun.status} /></Link> : <span className="text-xs text-slate-500">—</span>}</Td>
                <Td>{config.active ? <Badge tone="green">Ativa</Badge> : <Badge>Inativa</Badge>}</Td>
                {admin && <Td className="space-x-2 whitespace-nowrap text-right"><ConfigRowActions id={config.id} description={config.description} active={config.active} /></Td>}
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
      <h2 id="execucoes" className="mb-2 mt-8 text-lg font-semibold text-slate-900">Execuções recentes</h2>
      <RunsTable rows={runs.rows} showConfig />
      {runs.total > RUNS_PAGE_SIZE && <Pagination page={page} pageSize={RUNS_PAGE_SIZE} total={runs.total} params={{}} basePath="/scheduler" />}
    </>
  );
}
