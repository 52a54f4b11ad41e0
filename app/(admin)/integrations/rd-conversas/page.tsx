import type { Metadata } from "next";
import Link from "next/link";
import { GeneralConfigForm } from "@/components/rdconversas/config/general-config-form";
import { MessagesTable } from "@/components/rdconversas/config/messages-table";
import { TemplatesDialog } from "@/components/rdconversas/config/templates-dialog";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { listAdditionalFields } from "@/lib/additional-fields/list-additional-fields";
import { formatDateTime } from "@/lib/br/format";
import { sandboxEnabled } from "@/lib/core/env";
import { getAdminPageContext } from "@/lib/core/request-context";
import { chipLabel } from "@/lib/rdconversas/config/chip-label";
import { getRdGeneralConfig } from "@/lib/rdconversas/config/get-rd-general-config";
import { listRdMessages, type RdProviderState } from "@/lib/rdconversas/config/list-rd-messages";
import { MESSAGE_TYPES } from "@/lib/rdconversas/message-types";

export const metadata: Metadata = { title: "INTFM037 · Configuração RD Conversas" };

function ProviderNotice({ provider }: { provider: RdProviderState }) {
  if (provider.state === "ok") return null;
  const text = provider.state === "unconfigured"
    ? "Salve as configurações gerais para consultar os templates e os chips do RD Conversas."
    : `Não foi possível consultar o RD Conversas (${provider.message}): os avisos de template alterado não puderam ser verificados.`;
  return <p role="status" className="mb-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">{text}</p>;
}

export default async function RdConversasConfigPage() {
  const ctx = await getAdminPageContext();
  const [general, { messages, provider }, additionalFields] = await Promise.all([
    getRdGeneralConfig({ ctx }), listRdMessages({ ctx }), listAdditionalFields({ ctx }),
  ]);
  const company = ctx.companies.find((c) => c.id === ctx.companyId)!;
  const chips = provider.state === "ok" ? provider.chips.map((c) => ({ id: c.id, label: chipLabel(c) })) : [];
  const usedTypes = new Set(messages.map((m) => m.type));
  return (
    <>
      <PageHeader
        code="INTFM037"
        title="Manutenção de Configuração RD Conversas"
        description="Token, chip e antecedência dos avisos (corporativos) e as mensagens de WhatsApp de cada empresa."
        actions={<Link className={buttonClass("secondary")} href="/integrations/rd-conversas/order-stages">Estágios de pedido</Link>}
      />
      <div className="space-y-6">
        <Card title="Configurações gerais">
          <GeneralConfigForm
            config={{
              code: general.code, configured: general.configured, updatedLabel: general.updatedAt ? formatDateTime(general.updatedAt) : null,
              maskedToken: general.maskedToken, additionalFieldCode: general.additionalFieldCode, chipNumber: general.chipNumber,
              daysAhead: general.daysAhead,
            }}
            additionalFields={additionalFields.map((f) => ({ code: f.code, label: f.label }))}
            sandboxHint={sandboxEnabled()}
          />
        </Card>
        <Card
          title={`Configurações por empresa · ${company.code} · ${company.name}`}
          actions={provider.state === "ok" && (
            <TemplatesDialog
              templates={provider.templates.filter((t) => t.status === "APPROVED").map((t) => ({ id: t.id, name: t.name, text: t.text, variableCount: t.variableCount }))}
              chips={chips}
              availableTypes={MESSAGE_TYPES.filter((t) => !usedTypes.has(t.code)).map((t) => ({ code: t.code, label: t.label }))}
            />
          )}
        >
          <ProviderNotice provider={provider} />
          {messages.length === 0 ? (
            <EmptyState title="Nenhuma mensagem configurada para esta empresa">
              Use &quot;Consultar templates&quot; para criar as mensagens a partir dos templates do RD Conversas.
            </EmptyState>
          ) : (
            <MessagesTable
              messages={messages}
              chips={chips}
              companyName={company.name}
              otherCompanies={ctx.companies.filter((c) => c.id !== ctx.companyId)}
            />
          )}
        </Card>
      </div>
    </>
  );
}
