import type { Metadata } from "next";
import { BotMessageCard } from "@/components/whatsapp/bot/bot-message-card";
import { formatDateTime } from "@/lib/br/format";
import { getAdminPageContext } from "@/lib/core/request-context";
import { listBotMessages } from "@/lib/whatsapp/bot/list-bot-messages";
import { BOT_PREVIEW_VALUES, BOT_WILDCARDS } from "@/lib/whatsapp/bot/wildcards";

export const metadata: Metadata = { title: "WPPFM001 · Integração WhatsApp · Mensagens automáticas" };

/** "Mensagens automáticas do chat BOT" (seed 002): welcome, transfer to an operator and the two closings. */
export default async function BotMessagesPage() {
  const ctx = await getAdminPageContext();
  const messages = await listBotMessages({ ctx });
  const company = ctx.companies.find((c) => c.id === ctx.companyId)!;
  const previewValues = { ...BOT_PREVIEW_VALUES, "#NOME_EMPRESA#": company.name };
  return (
    <div className="space-y-4">
      <p className="max-w-3xl text-sm text-slate-600">
        Mensagens que o atendente virtual envia nas conversas de WhatsApp da empresa {company.name}. Clique em &quot;Editar&quot;,
        altere o texto e clique em &quot;Salvar&quot;. Coringas disponíveis:{" "}
        {BOT_WILDCARDS.map((w, i) => (
          <span key={w.token}>{i > 0 && ", "}<code className="font-mono text-xs">{w.token}</code> ({w.label.toLowerCase()})</span>
        ))}.
      </p>
      <div className="space-y-4">
        {messages.map((m) => (
          <BotMessageCard
            key={m.kind}
            kind={m.kind}
            label={m.label}
            body={m.body}
            updatedLabel={m.updatedAt ? `Alterada em ${formatDateTime(m.updatedAt)}${m.updatedBy ? ` por ${m.updatedBy}` : ""}` : null}
            previewValues={previewValues}
          />
        ))}
      </div>
    </div>
  );
}
