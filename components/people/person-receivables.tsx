import { Badge, Card } from "@/components/ui/card";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { formatCents, formatIsoDate } from "@/lib/br/format";
import type { PersonDetail } from "@/lib/people/get-person";
import { PAYMENT_METHOD_LABELS, RECEIVABLE_STATUS_LABELS, RECEIVABLE_STATUS_TONES } from "@/lib/people/labels";

export function PersonReceivables({ receivables }: { receivables: PersonDetail["receivables"] }) {
  return (
    <Card title={`Títulos (${receivables.items.length}${receivables.more ? "+" : ""})`}>
      {receivables.items.length === 0 ? (
        <p className="text-sm text-slate-500">Nenhum título desta pessoa nas empresas liberadas para você.</p>
      ) : (
        <Table caption="Títulos">
          <thead>
            <tr><Th>Empresa</Th><Th>Documento</Th><Th>Vencimento</Th><Th className="text-right">Valor</Th><Th>Forma</Th><Th>Situação</Th></tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {receivables.items.map((r) => (
              <Tr key={r.id}>
                <Td title={r.companyName}><span className="font-mono text-xs">{r.companyCode}</span> {r.companyName}</Td>
                <Td className="font-mono text-xs">{r.documentNumber}</Td>
                <Td className="whitespace-nowrap">{formatIsoDate(r.dueDate)}</Td>
                <Td className="whitespace-nowrap text-right tabular-nums">{formatCents(r.amountCents)}</Td>
                <Td>{PAYMENT_METHOD_LABELS[r.paymentMethod]}</Td>
                <Td><Badge tone={RECEIVABLE_STATUS_TONES[r.status]}>{RECEIVABLE_STATUS_LABELS[r.status]}</Badge></Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
      {receivables.more && <p className="mt-2 text-xs text-slate-500">Mostrando os {receivables.items.length} títulos de vencimento mais recente.</p>}
    </Card>
  );
}
