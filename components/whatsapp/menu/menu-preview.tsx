import { ChatWallpaper, WhatsappBubble, WhatsappText } from "@/components/whatsapp/bot/whatsapp-bubble";
import type { MenuStyle } from "@/lib/whatsapp/menu/menu-style";

const PROMPT = "Escolha uma das opções abaixo:";

/** How the debtor sees the menu: numbered text (simple), a list message (interactive), or no menu with the assistant off. */
export function MenuPreview({ style, virtualAssistant, labels, welcome, transfer }: {
  style: MenuStyle; virtualAssistant: boolean; labels: string[]; welcome: string; transfer: string;
}) {
  if (!virtualAssistant) {
    return (
      <ChatWallpaper label="Prévia: assistente virtual desligado">
        <WhatsappBubble label="Boas-vindas"><WhatsappText text={welcome} /></WhatsappBubble>
        <WhatsappBubble label="Transferência para o operador"><WhatsappText text={transfer} /></WhatsappBubble>
      </ChatWallpaper>
    );
  }
  if (labels.length === 0) return <p className="text-sm text-slate-500">Nenhuma opção ativa.</p>;
  if (style === "simple") {
    return (
      <ChatWallpaper label="Prévia do menu simples">
        <WhatsappBubble>{[PROMPT, ...labels.map((l, i) => `${i + 1}. ${l}`)].join("\n")}</WhatsappBubble>
      </ChatWallpaper>
    );
  }
  return (
    <ChatWallpaper label="Prévia do menu interativo">
      <div className="w-full max-w-xs overflow-hidden rounded-lg rounded-tr-none bg-white text-sm shadow-sm">
        <p className="px-3 py-2 text-slate-900">{PROMPT}</p>
        <p className="border-t border-slate-100 py-2 text-center font-medium text-sky-700"><span aria-hidden>☰ </span>Ver opções</p>
      </div>
      <ul aria-label="Opções da lista" className="w-full max-w-xs divide-y divide-slate-100 rounded-lg bg-white text-sm shadow-sm">
        {labels.map((label, i) => (
          <li key={`${i}-${label}`} className="flex items-center justify-between px-3 py-2 text-slate-800">
            {label}<span aria-hidden className="size-3.5 rounded-full border-2 border-slate-300" />
          </li>
        ))}
      </ul>
    </ChatWallpaper>
  );
}
