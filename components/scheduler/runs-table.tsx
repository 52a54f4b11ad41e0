import Link from "next/link";
import { EmptyState } from "@/components/ui/card";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { formatDateTime, formatIsoDate } from "@/lib/br/format";
import { RUN_TRIGGER_LABELS } from "@/lib/scheduler/labels";
import type { listRuns } from "@/lib/scheduler/list-runs";
import { RunStatusBadge } from "./run-status-badge";

type Row = Awaited<ReturnType<typeof listRuns>>["rows"][number];

/** Runs with status, start/end, companies and counts; each opens its LOG. */
export function RunsTable({ rows, showConfig }: { rows: Row[]; showConfig?: boolean }) {
  if (rows.length === 0) return <EmptyState title="Nenhuma execução ainda">Use “Executar agora” ou aguarde o próximo horário.</EmptyState>;
  return (
    <Table caption="Execuções">
      <thead>
        <tr>
          <Th>Execução</Th>{showConfig && <Th>Configuração</Th>}<Th>Situação</Th><Th>Origem</Th><Th>Referência</Th>
          <Th>Início</Th><Th>Fim</Th><Th>Empresas</Th><Th className="text-right">Encontr. / Env. / Falhas</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((run) => (
          <Tr key={run.id}>
            <Td><Link href={`/scheduler/runs/${run.id}`} className="font-mono text-brand-700 hover:underline">#{run.id}</Link></Td>
            {showConfig && <Td><Link href={`/scheduler/${run.configId}`} className="hover:underline">{run.description}</Link></Td>}
            <Td><RunStatusBadge status={run.status} /></Td>
            <Td className="text-xs">{RUN_TRIGGER_LABELS[run.trigger]}</Td>
            <Td>{formatIsoDate(run.referenceDate)}</Td>
            <Td className="whitespace-nowrap">{run.startedAt ? formatDateTime(run.startedAt) : "—"}</Td>
            <Td className="whitespace-nowrap">{run.finishedAt ? formatDateTime(run.finishedAt) : "—"}</Td>
            <Td className="text-xs">{run.companies.join("; ")}</Td>
            <Td className="text-right font-mono">{run.found} / {run.sent} / {run.failed}</Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
