import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { MenuOptionsTable } from "@/components/whatsapp/menu/menu-options-table";
import { MenuPreview } from "@/components/whatsapp/menu/menu-preview";
import { MenuToggles } from "@/components/whatsapp/menu/menu-toggles";
import { getAdminPageContext } from "@/lib/core/request-context";
import { listBotMessages } from "@/lib/whatsapp/bot/list-bot-messages";
import { BOT_PREVIEW_VALUES, renderBotMessage } from "@/lib/whatsapp/bot/wildcards";
import { getMenuConfig } from "@/lib/whatsapp/menu/get-menu-config";

export const metadata: Metadata = { title: "WPPFM001 · Integração WhatsApp · Menu" };

/** "Configurações do menu" (seed 002): the options the virtual assistant offers a debtor who writes first. */
export default async function WhatsappMenuPage() {
  const ctx = await getAdminPageContext();
  const [config, botMessages] = await Promise.all([getMenuConfig({ ctx }), listBotMessages({ ctx })]);
  const company = ctx.companies.find((c) => c.id === ctx.companyId)!;
  const values = { ...BOT_PREVIEW_VALUES, "#NOME_EMPRESA#": company.name };
  const bodyOf = (kind: string) => renderBotMessage(botMessages.find((m) => m.kind === kind)?.body ?? "", values);
  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="space-y-6">
        <Card title="Opções do menu">
          <p className="mb-3 max-w-3xl text-sm text-slate-600">
            Opções oferecidas pelo atendente virtual quando o devedor inicia a conversa pelo seu número. Para tirar uma opção do menu,
            clique em &quot;Editar&quot; e desmarque &quot;Ativo&quot;; para mudar a ordem, use as setas.
          </p>
          <MenuOptionsTable options={config.options} />
        </Card>
        <Card title="Apresentação">
          <MenuToggles apiMode={config.apiMode} interactiveMenu={config.interactiveMenu} virtualAssistant={config.virtualAssistant} />
        </Card>
      </div>
      <Card title="Como o devedor vê">
        <MenuPreview
          style={config.style}
          virtualAssistant={config.virtualAssistant}
          labels={config.options.filter((o) => o.active).map((o) => o.label)}
          welcome={bodyOf("welcome")}
          transfer={bodyOf("transfer")}
        />
      </Card>
    </div>
  );
}
