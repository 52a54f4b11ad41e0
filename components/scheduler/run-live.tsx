"use client";
import { useQuery } from "@tanstack/react-query";
import { cancelProcessRun } from "@/app/(admin)/scheduler/actions";
import { Card } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { formatDateTime, formatIsoDate } from "@/lib/br/format";
import { COUNT_LABELS, isRunOpen, RUN_TRIGGER_LABELS } from "@/lib/scheduler/labels";
import type { RunView } from "@/lib/scheduler/run-view";
import { cn } from "@/components/ui/cn";
import { RunStatusBadge } from "./run-status-badge";

const LEVEL_CLASS = { info: "text-slate-800", warn: "text-amber-700", error: "text-red-700" } as const;
const at = (iso: string | null) => (iso ? formatDateTime(new Date(iso)) : "—");

async function fetchRun(id: number): Promise<RunView> {
  const response = await fetch(`/api/scheduler/runs/${id}`, { cache: "no-store" });
  if (!response.ok) throw new Error(response.status === 401 ? "Sessão expirada: entre novamente." : "Não foi possível atualizar a execução.");
  return response.json() as Promise<RunView>;
}

/** Run detail that follows a queued or running run live (polling every second) and stops once it has finished. */
export function RunLive({ initial }: { initial: RunView }) {
  const { data: run, error } = useQuery({
    queryKey: ["scheduler-run", initial.id],
    queryFn: () => fetchRun(initial.id),
    initialData: initial,
    staleTime: 0,
    refetchInterval: (query) => (query.state.data && isRunOpen(query.state.data.status) ? 1_000 : false),
  });
  const facts: [string, React.ReactNode][] = [
    ["Situação", <span key="s" className="inline-flex items-center gap-2"><RunStatusBadge status={run.status} />{run.cancelRequested && isRunOpen(run.status) ? "cancelamento solicitado" : null}</span>],
    ["Origem", RUN_TRIGGER_LABELS[run.trigger] + (run.requestedBy ? ` · ${run.requestedBy}` : "")],
    ["Data de referência", formatIsoDate(run.referenceDate)],
    ["Horário previsto", at(run.scheduledFor)],
    ["Início", at(run.startedAt)],
    ["Fim", at(run.finishedAt)],
    ["Empresas", run.companies.join("; ")],
  ];
  return (
    <div className="space-y-4">
      {error && <p role="status" className="text-sm text-red-700">{(error as Error).message}</p>}
      <Card
        title="Execução"
        actions={isRunOpen(run.status) && !run.cancelRequested ? (
          <ConfirmButton
            label="Cancelar execução"
            title="Cancelar execução?"
            description={run.status === "queued" ? "A execução ainda não começou e será cancelada agora." : "O processo para na próxima verificação; o que já foi feito permanece."}
            confirmLabel="Cancelar execução"
            onConfirm={() => cancelProcessRun({ id: run.id })}
          />
        ) : undefined}
      >
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
          {facts.map(([label, value]) => (
            <div key={label} className="flex gap-2"><dt className="w-36 shrink-0 text-slate-500">{label}</dt><dd className="text-slate-900">{value}</dd></div>
          ))}
        </dl>
        {run.error && <p className="mt-3 rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">Erro: {run.error}</p>}
      </Card>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5" aria-label="Quantidades">
        {COUNT_LABELS.map(([key, label]) => (
          <div key={key} className="rounded-lg border border-slate-200 bg-white px-4 py-3">
            <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
            <dd className="text-2xl font-semibold text-slate-900" data-count={key}>{run.counts[key]}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="log-title" className="space-y-2">
        <h2 id="log-title" className="text-sm font-semibold text-slate-800">LOG</h2>
        <Table caption="LOG da execução">
          <thead><tr><Th className="w-44">Horário</Th><Th>Mensagem</Th></tr></thead>
          <tbody className="divide-y divide-slate-100">
            {run.logs.map((line) => (
              <Tr key={line.id}>
                <Td className="whitespace-nowrap font-mono text-xs text-slate-500">{formatDateTime(new Date(line.at))}</Td>
                <Td className={cn(LEVEL_CLASS[line.level])}>{line.message}</Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      </section>
    </div>
  );
}
