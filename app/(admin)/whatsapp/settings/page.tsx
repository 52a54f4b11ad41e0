import type { Metadata } from "next";
import { Badge, Card } from "@/components/ui/card";
import { ApiModeForm } from "@/components/whatsapp/settings/api-mode-form";
import { CopyField } from "@/components/whatsapp/settings/copy-field";
import { OfficialApiForm } from "@/components/whatsapp/settings/official-api-form";
import { PlugMessagePanel } from "@/components/whatsapp/settings/plug-message-panel";
import { SendAgentForm } from "@/components/whatsapp/settings/send-agent-form";
import { sandboxEnabled } from "@/lib/core/env";
import { getAdminPageContext } from "@/lib/core/request-context";
import { getWhatsappSettings } from "@/lib/whatsapp/settings/get-whatsapp-settings";

export const metadata: Metadata = { title: "WPPFM001 · Integração WhatsApp · Configurações" };

const inUse = <Badge tone="green">Em uso</Badge>;

/** "Configurações" (seed 002): API oficial or não oficial, the PlugMessage QR connection and the send agent's limits. */
export default async function WhatsappSettingsPage() {
  const ctx = await getAdminPageContext();
  const view = await getWhatsappSettings({ ctx });
  const official = view.apiMode === "official";
  return (
    <div className="space-y-6">
      <Card title="API">
        <ApiModeForm apiMode={view.apiMode} interactiveMenu={view.interactiveMenu} />
      </Card>

      <Card title="API oficial (Meta)" actions={official && inUse}>
        <div className="space-y-4">
          {view.webhook.url ? (
            <CopyField
              label="URL do webhook"
              value={view.webhook.url}
              hint={view.official.simulator
                ? "Sandbox: ao salvar, o app é registrado no simulador da Meta com esta URL e o verify token."
                : "Cole em Meta for Developers › WhatsApp › Configuração › Webhook, com o verify token abaixo, e assine os campos messages e message_template_status_update."}
            />
          ) : (
            <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">{view.webhook.note}</p>
          )}
          <OfficialApiForm official={view.official} />
        </div>
      </Card>

      <Card title="API não oficial (PlugMessage)" actions={!official && inUse}>
        <PlugMessagePanel initial={view.plug.status} maskedToken={view.plug.maskedToken} simulator={view.plug.simulator} sandbox={sandboxEnabled()} />
      </Card>

      <Card title={`Agente de envio · ${official ? "API oficial" : "API não oficial"}`}>
        <SendAgentForm
          key={`${view.sendAgent.mode}-${view.sendAgent.accountName ?? ""}`}
          agent={view.sendAgent}
          notReadyText={official
            ? "Salve a configuração da API oficial para definir o agente de envio."
            : "Conecte-se ao PlugMessage para definir o agente de envio."}
        />
      </Card>
    </div>
  );
}
