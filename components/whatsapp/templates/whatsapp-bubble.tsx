import { ChatWallpaper, WhatsappBubble as Bubble, WhatsappText } from "@/components/whatsapp/bot/whatsapp-bubble";

/** A template's text as the customer sees it in WhatsApp (preview only). */
export function WhatsappBubble({ text, label }: { text: string; label?: string }) {
  return (
    <ChatWallpaper label={label ?? "Mensagem no WhatsApp"}>
      <Bubble><WhatsappText text={text} /></Bubble>
    </ChatWallpaper>
  );
}
