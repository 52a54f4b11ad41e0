"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { cancelContactBatch, retryContactBatchFailures } from "@/app/(admin)/people/send-contacts/actions";
import { Badge, Card } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { formatDateTime, formatInteger } from "@/lib/br/format";
import { formatPhone } from "@/lib/br/phone";
import type { ActionResult } from "@/lib/core/action";
import { STATUS_LABELS, STATUS_TONES } from "@/lib/messaging/labels";
import type { ContactBatchView } from "@/lib/rdconversas/contacts/contact-batch-view";
import { BATCH_STATUS_LABELS, BATCH_STATUS_TONES, PROGRESS_PARTS } from "@/lib/rdconversas/contacts/labels";

async function fetchBatch(id: number, page: number): Promise<ContactBatchView> {
  const response = await fetch(`/api/rd/contact-batches/${id}?page=${page}`, { cache: "no-store" });
  if (!response.ok) throw new Error(response.status === 401 ? "Sessão expirada: entre novamente." : "Não foi possível atualizar o lote.");
  return response.json() as Promise<ContactBatchView>;
}

const percent = (part: number, total: number) => (total ? (part / total) * 100 : 0);

/** A batch followed live (polling while anything is pending), with its per-person results, cancel and retry. */
export function BatchLive({ initial }: { initial: ContactBatchView }) {
  const queryClient = useQueryClient();
  const queryKey = ["rd-contact-batch", initial.id, initial.items.page];
  const { data: batch, error } = useQuery({
    queryKey,
    queryFn: () => fetchBatch(initial.id, initial.items.page),
    initialData: initial,
    staleTime: 0,
    refetchInterval: (query) => ((query.state.data?.progress.pending ?? 0) > 0 ? 1_500 : false),
  });
  const { progress } = batch;
  const refreshAfter = (action: () => Promise<ActionResult<unknown>>) => async () => {
    const result = await action();
    if (result.ok) await queryClient.invalidateQueries({ queryKey: ["rd-contact-batch", initial.id] });
    return result;
  };
  const done = progress.total - progress.pending;
  const facts: [string, React.ReactNode][] = [
    ["Situação", <Badge key="s" tone={BATCH_STATUS_TONES[batch.status]}>{BATCH_STATUS_LABELS[batch.status]}</Badge>],
    ["Empresa", batch.companyName],
    ["Iniciado em", `${formatDateTime(new Date(batch.createdAt))}${batch.createdBy ? ` · ${batch.createdBy}` : ""}`],
    ["Terminado em", batch.finishedAt ? formatDateTime(new Date(batch.finishedAt)) : "—"],
  ];
  const actions = (
    <div className="flex gap-2">
      {progress.failed > 0 && (
        <ConfirmButton
          label="Reenviar falhas" title="Reenviar as falhas?" variant="primary" confirmLabel="Reenviar"
          description={`${formatInteger(progress.failed)} envio(s) com falha voltam para a fila deste lote.`}
          onConfirm={refreshAfter(() => retryContactBatchFailures({ id: batch.id }))}
        />
      )}
      {batch.status === "running" && progress.pending > 0 && (
        <ConfirmButton
          label="Cancelar" title="Cancelar o lote?" confirmLabel="Cancelar lote"
          description="Os envios ainda na fila são cancelados; os que já estão com o RD Conversas terminam normalmente."
          onConfirm={refreshAfter(() => cancelContactBatch({ id: batch.id }))}
        />
      )}
    </div>
  );
  return (
    <div className="space-y-4">
      {error && <p role="status" className="text-sm text-red-700">{(error as Error).message}</p>}
      <Card title={`Lote #${batch.id}`} actions={actions}>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
          {facts.map(([label, value]) => (
            <div key={label} className="flex gap-2"><dt className="w-28 shrink-0 text-slate-500">{label}</dt><dd className="text-slate-900">{value}</dd></div>
          ))}
        </dl>
        <div className="mt-4 space-y-2">
          <div
            role="progressbar" aria-label="Progresso do lote" aria-valuemin={0} aria-valuemax={progress.total} aria-valuenow={done}
            aria-valuetext={`${formatInteger(done)} de ${formatInteger(progress.total)} processados`}
            className="flex h-3 overflow-hidden rounded-full bg-slate-100"
          >
            {PROGRESS_PARTS.map(([key, , color]) => (
              <div key={key} className={`${color} transition-all`} style={{ width: `${percent(progress[key], progress.total)}%` }} />
            ))}
          </div>
          <dl className="flex flex-wrap gap-x-5 gap-y-1 text-sm" aria-label="Quantidades">
            <div className="flex gap-1"><dt className="text-slate-500">Total</dt><dd className="font-semibold tabular-nums">{formatInteger(progress.total)}</dd></div>
            {PROGRESS_PARTS.map(([key, label, color]) => (
              <div key={key} className="flex items-center gap-1.5">
                <span className={`size-2.5 rounded-full ${color}`} aria-hidden />
                <dt className="text-slate-500">{label}</dt><dd className="font-semibold tabular-nums" data-count={key}>{formatInteger(progress[key])}</dd>
              </div>
            ))}
          </dl>
        </div>
      </Card>
      <section aria-labelledby="items-title" className="space-y-2">
        <h2 id="items-title" className="text-sm font-semibold text-slate-800">Resultado por pessoa</h2>
        <Table caption="Resultado por pessoa">
          <thead><tr><Th>Nome</Th><Th>Celular</Th><Th>Situação</Th><Th>ID no RD Conversas ou erro</Th></tr></thead>
          <tbody className="divide-y divide-slate-100">
            {batch.items.rows.map((item) => (
              <Tr key={item.personId}>
                <Td><a href={`/people/${item.personId}`} className="font-medium text-brand-700 hover:underline">{item.name}</a></Td>
                <Td className="whitespace-nowrap">{formatPhone(item.recipient)}</Td>
                <Td><Badge tone={STATUS_TONES[item.status]}>{STATUS_LABELS[item.status]}</Badge></Td>
                <Td className={item.error ? "text-red-700" : "font-mono text-xs"}>{item.providerId ?? item.error ?? <span className="text-slate-400">—</span>}</Td>
              </Tr>
            ))}
          </tbody>
        </Table>
        <Pagination page={batch.items.page} pageSize={batch.items.pageSize} total={batch.items.total} params={{}} basePath={`/people/send-contacts/batches/${batch.id}`} />
      </section>
    </div>
  );
}
