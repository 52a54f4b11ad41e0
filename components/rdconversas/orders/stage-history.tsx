import { Table, Td, Th, Tr } from "@/components/ui/table";
import { formatDateTime } from "@/lib/br/format";
import { stageLabel } from "@/lib/rdconversas/order-stages";

/** order_stage_history.source: who moved the order. */
const SOURCE_LABELS: Record<string, string> = { seed: "Carga inicial", screen: "Tela", api: "API" };

export type StageHistoryEntry = { id: number; stage: string; at: Date; source: string; changedBy: string | null };

export function StageHistory({ history }: { history: StageHistoryEntry[] }) {
  if (history.length === 0) return <p className="text-sm text-slate-500">Nenhuma mudança de estágio registrada.</p>;
  return (
    <Table caption="Histórico de estágios">
      <thead><tr><Th>Estágio</Th><Th>Data e hora</Th><Th>Origem</Th><Th>Alterado por</Th></tr></thead>
      <tbody className="divide-y divide-slate-100">
        {history.map((h) => (
          <Tr key={h.id}>
            <Td>{stageLabel(h.stage)}</Td>
            <Td className="whitespace-nowrap">{formatDateTime(h.at)}</Td>
            <Td className="whitespace-nowrap">{SOURCE_LABELS[h.source] ?? h.source}</Td>
            <Td>{h.changedBy ?? "—"}</Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
