import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RefreshButton } from "@/components/ui/refresh-button";
import { MetaCustomerMessageForm } from "@/components/sandbox/meta/meta-customer-message-form";
import { MetaReviewButtons } from "@/components/sandbox/meta/meta-review-buttons";
import { MetaReviewRulesForm } from "@/components/sandbox/meta/meta-review-rules-form";
import { MetaStatusOptionsForm } from "@/components/sandbox/meta/meta-status-options-form";
import { ResetMetaSandboxButton } from "@/components/sandbox/meta/reset-meta-sandbox-button";
import { buttonClass } from "@/components/ui/button";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { formatDateTime, formatInteger } from "@/lib/br/format";
import { formatPhone } from "@/lib/br/phone";
import { sandboxEnabled } from "@/lib/core/env";
import { getAdminPageContext } from "@/lib/core/request-context";
import { META_REJECTION_REASON_LABELS, type MetaRejectionReason } from "@/lib/providers/meta/wire";
import { getMetaSandboxOverview } from "@/lib/sandbox/meta/get-meta-sandbox-overview";

export const metadata: Metadata = { title: "API oficial simulada" };

const STATUS = {
  PENDING: ["Pendente", "amber"], APPROVED: ["Aprovada", "green"], REJECTED: ["Rejeitada", "red"], PAUSED: ["Pausada", "slate"], DISABLED: ["Desativada", "slate"],
} as const;
const CATEGORY: Record<string, string> = { MARKETING: "Marketing", UTILITY: "Utilidade", AUTHENTICATION: "Autenticação" };
const DELIVERY_KIND = { statuses: "Status", messages: "Mensagem do cliente", template_status: "Status do modelo", verification: "Verificação" } as const;

export default async function SandboxMetaPage() {
  const ctx = await getAdminPageContext();
  if (!sandboxEnabled()) notFound();
  const overview = await getMetaSandboxOverview({ db: ctx.db });
  const requestHeaders = await headers();
  const origin = `${requestHeaders.get("x-forwarded-proto") ?? "http"}://${requestHeaders.get("host") ?? "127.0.0.1:3000"}`;
  return (
    <>
      <PageHeader
        code="SANDBOX-META"
        title="API oficial simulada"
        description="Uma Meta WhatsApp Cloud API de mentira: aprove ou rejeite modelos, escreva como cliente e veja os avisos (webhooks) enviados ao Recado. Vale para todo o servidor, até reiniciar."
        actions={<><Link href="/admin/sandbox/inbox" className={buttonClass("secondary")}>Caixa de entrada</Link><RefreshButton /><ResetMetaSandboxButton /></>}
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <Card title="Modelos de mensagem">
            {overview.templates.length === 0 ? (
              <EmptyState title="Nenhum modelo enviado ainda">Crie um modelo em Integração WhatsApp › Modelos de início de chat: ele chega aqui como Pendente.</EmptyState>
            ) : (
              <Table caption="Modelos recebidos pelo simulador, mais recentes primeiro">
                <thead><tr><Th>Modelo</Th><Th>Categoria</Th><Th>Status</Th><Th><span className="sr-only">Ações</span></Th></tr></thead>
                <tbody>
                  {overview.templates.map((t) => (
                    <Tr key={t.id}>
                      <Td className="max-w-80">
                        <span className="font-mono">{t.name}</span><span className="block text-xs text-slate-500">{t.language} · {t.id}</span>
                        <span className="mt-1 line-clamp-2 block text-xs text-slate-600" title={t.body}>{t.body}</span>
                      </Td>
                      <Td>{CATEGORY[t.category] ?? t.category}</Td>
                      <Td className="whitespace-nowrap">
                        <Badge tone={STATUS[t.status][1]}>{STATUS[t.status][0]}</Badge>
                        {t.rejectedReason && <span className="block text-xs text-slate-500">{META_REJECTION_REASON_LABELS[t.rejectedReason as MetaRejectionReason] ?? t.rejectedReason}</span>}
                      </Td>
                      <Td><MetaReviewButtons templateId={t.id} templateName={t.name} status={t.status} /></Td>
                    </Tr>
                  ))}
                </tbody>
              </Table>
            )}
          </Card>
          <Card title="Avisos enviados (webhooks)">
            {overview.deliveries.length === 0 ? (
              <EmptyState title="Nenhum aviso enviado ainda" />
            ) : (
              <ul className="divide-y divide-slate-100 text-sm">
                {overview.deliveries.map((d, i) => (
                  <li key={i} className="flex flex-wrap items-center gap-2 py-1.5">
                    <Badge tone={d.ok ? "green" : "red"}>{d.httpStatus === null ? "Sem resposta" : `HTTP ${d.httpStatus}`}</Badge>
                    <span className="font-medium">{DELIVERY_KIND[d.kind]}</span>
                    <span className="min-w-0 break-all text-slate-700">{d.summary}</span>
                    <span className="text-xs text-slate-500">{formatDateTime(d.at)}{d.error ? ` · ${d.error}` : ""}</span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title="Mensagens dos clientes">
            {overview.inbound.length === 0 ? (
              <EmptyState title="Nenhum cliente escreveu ainda">Use “Mensagem do cliente” para abrir a janela de 24 h de um telefone.</EmptyState>
            ) : (
              <ul className="divide-y divide-slate-100 text-sm">
                {overview.inbound.map((m) => (
                  <li key={m.id} className="py-2">
                    <p className="text-slate-900">{m.text}</p>
                    <p className="text-xs text-slate-500">{m.name} · {formatPhone(m.phone)} · {formatDateTime(m.at)}</p>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
        <div className="space-y-4">
          <Card title="Mensagem do cliente">
            <MetaCustomerMessageForm wabaIds={overview.apps.map((a) => a.wabaId)} />
          </Card>
          <Card title="Revisão de modelos">
            <MetaReviewRulesForm rules={overview.reviewRules} />
          </Card>
          <Card title="Status dos envios">
            <MetaStatusOptionsForm options={overview.statusOptions} />
          </Card>
          <Card title="Apps registrados">
            {overview.apps.length === 0 ? (
              <EmptyState title="Nenhum app registrado">Salve a API oficial em Integração WhatsApp › Configurações: o simulador verifica o webhook e registra o app.</EmptyState>
            ) : (
              <ul className="space-y-3 text-sm">
                {overview.apps.map((a) => (
                  <li key={a.wabaId}>
                    <p>WABA <span className="font-mono">{a.wabaId}</span> · número <span className="font-mono">{a.phoneNumberId}</span></p>
                    <p className="text-xs text-slate-500">Token {a.token} · chave {a.appSecret} · registrado em {formatDateTime(a.registeredAt)}</p>
                    <p className="font-mono text-xs break-all text-slate-500">{a.callbackUrl}</p>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title="Simulador">
            <dl className="space-y-2 text-sm">
              <div><dt className="text-slate-500">Endereço da Graph API (META_GRAPH_URL)</dt><dd className="font-mono break-all">{origin}{overview.basePath}</dd></div>
              <div><dt className="text-slate-500">Mensagens enviadas</dt><dd className="tabular-nums">{formatInteger(overview.messages)}</dd></div>
            </dl>
          </Card>
        </div>
      </div>
    </>
  );
}
