import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { ConfigRowActions } from "@/components/scheduler/config-row-actions";
import { ProcessConfigForm } from "@/components/scheduler/process-config-form";
import { RunNowButtons } from "@/components/scheduler/run-now-buttons";
import { RunsTable } from "@/components/scheduler/runs-table";
import { buttonClass } from "@/components/ui/button";
import { Badge, Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { formatDateTime } from "@/lib/br/format";
import { isAdmin } from "@/lib/core/ctx";
import { ServiceError } from "@/lib/core/errors";
import { getPageContext } from "@/lib/core/request-context";
import { getProcessConfig } from "@/lib/scheduler/get-process-config";
import { listRuns, RUNS_PAGE_SIZE } from "@/lib/scheduler/list-runs";
import { processOptions } from "@/lib/scheduler/process-options";
import { formatSaoPauloLocal } from "@/lib/scheduler/sao-paulo-time";

export const metadata: Metadata = { title: "Configuração de processo" };

export default async function ProcessConfigPage({ params, searchParams }: {
  params: Promise<{ id: string }>; searchParams: Promise<{ page?: string }>;
}) {
  const ctx = await getPageContext();
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const page = Math.max(1, Number((await searchParams).page) || 1);
  const detail = await getProcessConfig({ ctx, input: { id } }).catch((error) => {
    if (error instanceof ServiceError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const runs = await listRuns({ ctx, input: { configId: id, page } });
  const { config } = detail;
  const options = processOptions();
  const paramLabels = new Map(options.find((p) => p.code === config.processCode)?.params.map((p) => [p.key, p.label]));
  const paramValues = Object.entries(config.params as Record<string, unknown>);
  const logged = ctx.companies.find((c) => c.id === ctx.companyId)!;
  const facts: [string, ReactNode][] = [
    ["Processo", `${detail.process?.name ?? `${config.processCode} (não registrado)`} · ${config.processType}`],
    ["Empresas", detail.companies.join("; ")],
    ["Frequência", detail.frequency],
    ["Data/hora início", formatDateTime(config.startAt)],
    ["IN_AGRUPAFILTROEMP", config.groupCompanies ? "Sim: uma execução para todas as empresas" : "Não: uma execução por empresa"],
    ["Parâmetros", paramValues.length ? paramValues.map(([k, v]) => `${paramLabels.get(k) ?? k}: ${v === true ? "Sim" : v === false ? "Não" : String(v)}`).join("; ") : "—"],
    ["Agente externo", config.externalAgent ?? "—"],
    ["Situação", config.active ? <Badge key="a" tone="green">Ativa</Badge> : <Badge key="i">Inativa</Badge>],
  ];
  return (
    <>
      <PageHeader
        code="GERFP095"
        title={config.description}
        description={`Configuração #${config.id}`}
        actions={(
          <>
            <Link href="/scheduler" className={buttonClass("secondary")}>Voltar</Link>
            {isAdmin(ctx) && (
              <ProcessConfigForm
                processes={options}
                companies={ctx.companies}
                loggedCompany={`${logged.code} · ${logged.name}`}
                config={{
                  id: config.id, description: config.description, processType: config.processType, processCode: config.processCode,
                  companyIds: config.companyIds, groupCompanies: config.groupCompanies, frequency: config.frequency,
                  startAt: formatSaoPauloLocal(config.startAt), cronMinute: config.cronMinute, cronHour: config.cronHour,
                  cronDayOfMonth: config.cronDayOfMonth, cronMonth: config.cronMonth, cronDayOfWeek: config.cronDayOfWeek,
                  params: config.params as Record<string, unknown>, externalAgent: config.externalAgent ?? "", active: config.active,
                }}
              />
            )}
          </>
        )}
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title="Configuração" className="lg:col-span-2">
          <dl className="grid gap-y-2 text-sm">
            {facts.map(([label, value]) => (
              <div key={label} className="flex gap-2"><dt className="w-40 shrink-0 text-slate-500">{label}</dt><dd className="text-slate-900">{value}</dd></div>
            ))}
          </dl>
          {isAdmin(ctx) && <div className="mt-4 flex gap-2"><ConfigRowActions id={config.id} description={config.description} active={config.active} afterDelete="/scheduler" /></div>}
        </Card>
        <Card title="Próximas execuções">
          {detail.nextRuns.length === 0 ? (
            <p className="text-sm text-slate-500">{config.active ? "Nenhuma execução futura." : "Configuração inativa."}</p>
          ) : (
            <ol className="space-y-1 font-mono text-sm" aria-label="Próximas execuções">
              {detail.nextRuns.map((d) => <li key={d.getTime()}>{formatDateTime(d)}</li>)}
            </ol>
          )}
          <div className="mt-4"><RunNowButtons configId={config.id} /></div>
        </Card>
      </div>
      <h2 id="execucoes" className="mb-2 mt-8 text-lg font-semibold text-slate-900">Execuções</h2>
      <RunsTable rows={runs.rows} />
      {runs.total > RUNS_PAGE_SIZE && <Pagination page={page} pageSize={RUNS_PAGE_SIZE} total={runs.total} params={{}} basePath={`/scheduler/${config.id}`} />}
    </>
  );
}
