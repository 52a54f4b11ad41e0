import Link from "next/link";
import { Badge } from "@/components/ui/card";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { formatDateTime, formatInteger } from "@/lib/br/format";
import { BATCH_STATUS_LABELS, BATCH_STATUS_TONES, type ContactBatchStatus } from "@/lib/rdconversas/contacts/labels";

type BatchRow = { id: number; createdAt: Date; createdBy: string | null; total: number; sent: number; failed: number; status: ContactBatchStatus };

export function BatchHistory({ rows }: { rows: BatchRow[] }) {
  return (
    <Table caption="Lotes enviados">
      <thead>
        <tr><Th>Lote</Th><Th>Data</Th><Th>Usuário</Th><Th className="text-right">Total</Th><Th className="text-right">Enviados</Th><Th className="text-right">Falhas</Th><Th>Situação</Th></tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((b) => (
          <Tr key={b.id}>
            <Td><Link href={`/people/send-contacts/batches/${b.id}`} className="font-medium text-brand-700 hover:underline">#{b.id}</Link></Td>
            <Td className="whitespace-nowrap">{formatDateTime(b.createdAt)}</Td>
            <Td>{b.createdBy ?? <span className="text-slate-400">—</span>}</Td>
            <Td className="text-right tabular-nums">{formatInteger(b.total)}</Td>
            <Td className="text-right tabular-nums">{formatInteger(b.sent)}</Td>
            <Td className="text-right tabular-nums">{formatInteger(b.failed)}</Td>
            <Td><Badge tone={BATCH_STATUS_TONES[b.status]}>{BATCH_STATUS_LABELS[b.status]}</Badge></Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
