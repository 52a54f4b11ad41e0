import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Facts } from "@/components/ui/facts";
import { Card } from "@/components/ui/card";
import { AutoRefresh } from "@/components/whatsapp/templates/auto-refresh";
import { DeleteTemplateButton } from "@/components/whatsapp/templates/delete-template-button";
import { TemplateForm } from "@/components/whatsapp/templates/template-form";
import { TemplateMappingForm } from "@/components/whatsapp/templates/template-mapping-form";
import { TemplateStatusBadge } from "@/components/whatsapp/templates/template-status-badge";
import { WhatsappBubble } from "@/components/whatsapp/templates/whatsapp-bubble";
import { formatDateTime } from "@/lib/br/format";
import { ServiceError } from "@/lib/core/errors";
import { getAdminPageContext } from "@/lib/core/request-context";
import { getTemplate } from "@/lib/whatsapp/templates/get-template";
import { CATEGORY_LABELS } from "@/lib/whatsapp/templates/schemas";

export const metadata: Metadata = { title: "WPPFM002 · Modelo de início de chat" };

export default async function WhatsappTemplatePage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await getAdminPageContext();
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  const t = await getTemplate({ ctx, input: { id } }).catch((error) => {
    if (error instanceof ServiceError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <div className="space-y-6">
      <AutoRefresh active={t.status === "pending"} />
      <Card
        title={`Modelo ${t.name}`}
        actions={<div className="flex items-center gap-3"><Link className="text-sm text-brand-700 underline" href="/whatsapp/templates">Voltar à lista</Link><DeleteTemplateButton id={t.id} name={t.name} /></div>}
      >
        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
          <Facts items={[
            ["Situação", <TemplateStatusBadge key="s" status={t.status} />],
            ["Categoria", CATEGORY_LABELS[t.category]],
            ["Idioma", t.language],
            ["Coringas", String(t.variables)],
            ["Enviado para aprovação", t.submittedAt ? formatDateTime(t.submittedAt) : t.imported ? "Importado da Meta" : "—"],
            ["Situação desde", t.statusChangedAt ? formatDateTime(t.statusChangedAt) : "—"],
            ["ID na Meta", <span key="m" className="font-mono">{t.metaTemplateId ?? "—"}</span>],
          ]} />
          <WhatsappBubble text={t.body} label="Texto do modelo" />
        </div>
        {t.status === "pending" && <p role="status" className="mt-4 text-sm text-amber-800">Em análise na Meta. Esta página se atualiza sozinha quando a situação mudar.</p>}
        {t.status === "rejected" && (
          <p role="alert" className="mt-4 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            Rejeitada pela Meta. Motivo: {t.rejectionReason ?? "não informado"}. Altere o texto abaixo e reenvie, ou <Link className="underline" href="/whatsapp/templates/new">crie um novo modelo</Link>.
          </p>
        )}
      </Card>
      {(t.status === "rejected" || t.status === "paused") && (
        <Card title="Alterar e reenviar para aprovação">
          <TemplateForm mode="resubmit" template={{ id: t.id, name: t.name, category: t.category, body: t.body, examples: t.examples }} />
        </Card>
      )}
      {t.status === "approved" && (
        <Card title="Associar coringas">
          {t.variables === 0
            ? <p className="text-sm text-slate-600">Este modelo não tem coringas: já pode iniciar conversas.</p>
            : <TemplateMappingForm id={t.id} body={t.body} variables={t.variables} mapping={t.mapping} />}
        </Card>
      )}
    </div>
  );
}
