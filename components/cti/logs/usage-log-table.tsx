import { Badge } from "@/components/ui/card";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { formatDate } from "@/lib/br/format";
import { formatTimeOfDay } from "@/lib/cti/logs/format-time";

type Row = { id: number; at: Date; kind: number; extension: string; justification: string | null; automatic: boolean; userName: string | null };

export function CtiUsageLogTable({ rows }: { rows: Row[] }) {
  return (
    <Table caption="Histórico de uso do CTI">
      <thead><tr><Th>Usuário</Th><Th>Data</Th><Th>Hora</Th><Th>Tipo</Th><Th>Justificativa</Th><Th>Ramal</Th></tr></thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => (
          <Tr key={r.id}>
            <Td className="whitespace-nowrap">{r.userName ?? "—"}</Td>
            <Td className="tabular-nums">{formatDate(r.at)}</Td>
            <Td className="tabular-nums">{formatTimeOfDay(r.at)}</Td>
            <Td className="whitespace-nowrap">
              {r.kind === 1 ? "1 - Login" : "2 - Logout"} {r.automatic && <Badge tone="amber">automático</Badge>}
            </Td>
            <Td>{r.justification ?? "—"}</Td>
            <Td className="font-mono">{r.extension}</Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
