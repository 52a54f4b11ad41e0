import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { StageNotificationsForm } from "@/components/rdconversas/orders/stage-notifications-form";
import { getAdminPageContext } from "@/lib/core/request-context";
import { getOrderStageConfig } from "@/lib/rdconversas/orders/get-order-stage-config";

export const metadata: Metadata = { title: "INTFM037 · Notificações de estágio do pedido" };

export default async function OrderStageNotificationsPage() {
  const ctx = await getAdminPageContext();
  const { messages, channels } = await getOrderStageConfig({ ctx });
  const company = ctx.companies.find((c) => c.id === ctx.companyId)!;
  return (
    <>
      <PageHeader
        code="INTFM037"
        title="Notificações de estágio do pedido"
        description={<>Para a empresa <strong>{company.code} · {company.name}</strong>: quais estágios avisam o cliente por WhatsApp e com qual mensagem. Cada pedido recebe o aviso de um estágio uma única vez.</>}
        actions={<Link href="/integrations/rd-conversas" className={buttonClass("secondary")}>Voltar</Link>}
      />
      {messages.length === 0 ? (
        <EmptyState title="Esta empresa ainda não tem mensagens de pedido">
          Crie-as em <Link href="/integrations/rd-conversas" className="text-brand-700 hover:underline">Configuração RD Conversas</Link> com
          {" "}&quot;Consultar templates&quot;, escolhendo os tipos &quot;Pedido: …&quot;.
        </EmptyState>
      ) : (
        <div className="max-w-4xl space-y-6">
          {channels.map((c) => (
            <Card key={c.channel} title={c.label}>
              <StageNotificationsForm companyId={company.id} channel={c.channel} channelLabel={c.label} stages={c.stages} messages={messages} />
            </Card>
          ))}
        </div>
      )}
    </>
  );
}
