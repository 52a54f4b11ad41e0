import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { AdvanceStageControl } from "@/components/rdconversas/orders/advance-stage-control";
import { StageHistory } from "@/components/rdconversas/orders/stage-history";
import { formatCents, formatDateTime } from "@/lib/br/format";
import { ServiceError } from "@/lib/core/errors";
import { getPageContext } from "@/lib/core/request-context";
import { getOrder } from "@/lib/people/get-order";
import { ORDER_CHANNEL_LABELS } from "@/lib/people/labels";
import { stageLabel, stagesOf } from "@/lib/rdconversas/order-stages";

export const metadata: Metadata = { title: "Pedido" };

export default async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await getPageContext();
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const { order, company, person, history } = await getOrder({ ctx, input: { id } }).catch((error) => {
    if (error instanceof ServiceError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const facts: [string, ReactNode][] = [
    ["Empresa", `${company.code} · ${company.name}`],
    ["Cliente", <Link key="p" href={`/people/${person.id}`} className="text-brand-700 hover:underline">{person.name}</Link>],
    ["Canal", ORDER_CHANNEL_LABELS[order.channel]],
    ["Estágio atual", stageLabel(order.stage)],
    ["Valor total", formatCents(order.totalCents)],
    ["Criado em", formatDateTime(order.createdAt)],
  ];
  return (
    <>
      <PageHeader
        code="PESFM010"
        title={`Pedido ${order.number}`}
        description={`${ORDER_CHANNEL_LABELS[order.channel]} · ${company.name}`}
        actions={<Link href={`/people/${person.id}#pedidos`} className={buttonClass("secondary")}>Voltar à pessoa</Link>}
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.4fr)]">
        <Card title="Pedido">
          <dl className="grid grid-cols-[8rem_1fr] gap-x-4 gap-y-2 text-sm">
            {facts.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-slate-500">{label}</dt>
                <dd className="text-slate-900">{value}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <div className="space-y-6">
          <Card title="Avançar estágio">
            <AdvanceStageControl
              orderId={order.id}
              orderNumber={order.number}
              current={{ code: order.stage, label: stageLabel(order.stage) }}
              stages={stagesOf(order.channel).map((s) => ({ code: s.code, label: s.label }))}
            />
          </Card>
          <Card title="Histórico de estágios">
            <StageHistory history={history} />
          </Card>
        </div>
      </div>
    </>
  );
}
