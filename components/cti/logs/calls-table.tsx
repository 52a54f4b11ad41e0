import { Badge } from "@/components/ui/card";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { formatDate } from "@/lib/br/format";
import { formatTimeOfDay } from "@/lib/cti/logs/format-time";
import { ClickToDial } from "@/components/cti/click-to-dial";

type Row = {
  id: number; callId: string; extension: string; phone: string | null; direction: "inbound" | "outbound";
  extraInfo: string | null; startedAt: Date; answeredAt: Date | null; userName: string | null;
};

export function CtiCallsTable({ rows }: { rows: Row[] }) {
  return (
    <Table caption="Registro de chamadas">
      <thead>
        <tr><Th>Telefone</Th><Th>Usuário</Th><Th>Data</Th><Th>Hora</Th><Th>ID da chamada (DAC)</Th><Th>Informações adicionais</Th><Th>Ramal</Th><Th>Sentido</Th><Th>Atendida</Th></tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => (
          <Tr key={r.id}>
            <Td className="whitespace-nowrap tabular-nums">{r.phone ? <ClickToDial number={r.phone} /> : "Número oculto"}</Td>
            <Td className="whitespace-nowrap">{r.userName ?? "—"}</Td>
            <Td className="tabular-nums">{formatDate(r.startedAt)}</Td>
            <Td className="tabular-nums">{formatTimeOfDay(r.startedAt)}</Td>
            <Td className="font-mono text-xs">{r.callId}</Td>
            <Td className="max-w-xs truncate" title={r.extraInfo ?? undefined}>{r.extraInfo ?? "—"}</Td>
            <Td className="font-mono">{r.extension}</Td>
            <Td>{r.direction === "inbound" ? "Recebida" : "Efetuada"}</Td>
            <Td>{r.answeredAt ? <Badge tone="green">Sim</Badge> : <Badge tone="red">Não</Badge>}</Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
