import { stageLabel } from "@/lib/rdconversas/order-stages";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { formatCents, formatDate } from "@/lib/br/format";
import type { PersonDetail } from "@/lib/people/get-person";
import { ORDER_CHANNEL_LABELS } from "@/lib/people/labels";

export function PersonOrders({ orders }: { orders: PersonDetail["orders"] }) {
  return (
    <Card title={`Pedidos (${orders.items.length}${orders.more ? "+" : ""})`}>
      {orders.items.length === 0 ? (
        <p className="text-sm text-slate-500">Nenhum pedido desta pessoa nas empresas liberadas para você.</p>
      ) : (
        <Table caption="Pedidos">
          <thead>
            <tr><Th>Empresa</Th><Th>Número</Th><Th>Canal</Th><Th>Etapa</Th><Th className="text-right">Valor</Th><Th>Data</Th></tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {orders.items.map((o) => (
              <Tr key={o.id}>
                <Td title={o.companyName}><span className="font-mono text-xs">{o.companyCode}</span> {o.companyName}</Td>
                <Td><Link href={`/orders/${o.id}`} className="font-mono text-brand-700 hover:underline">{o.number}</Link></Td>
                <Td>{ORDER_CHANNEL_LABELS[o.channel]}</Td>
                <Td>{stageLabel(o.stage)}</Td>
                <Td className="whitespace-nowrap text-right tabular-nums">{formatCents(o.totalCents)}</Td>
                <Td className="whitespace-nowrap">{formatDate(o.createdAt)}</Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
      {orders.more && <p className="mt-2 text-xs text-slate-500">Mostrando os {orders.items.length} pedidos mais recentes.</p>}
    </Card>
  );
}
