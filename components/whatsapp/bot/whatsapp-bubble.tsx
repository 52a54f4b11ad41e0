import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { formatWhatsappText } from "@/lib/whatsapp/bot/whatsapp-format";

/** Message text as WhatsApp shows it: *negrito*, _itálico_, ~tachado~ and ```monoespaçado``` applied. */
export function WhatsappText({ text }: { text: string }) {
  return formatWhatsappText(text).map((s, i) => {
    let node: ReactNode = s.text;
    if (s.mono) node = <code className="font-mono text-[0.85em]">{node}</code>;
    if (s.strike) node = <s>{node}</s>;
    if (s.italic) node = <em>{node}</em>;
    if (s.bold) node = <strong>{node}</strong>;
    return <span key={i}>{node}</span>;
  });
}

/** A sent message bubble on the chat wallpaper, for previews. */
export function WhatsappBubble({ children, label, className }: { children: ReactNode; label?: string; className?: string }) {
  return (
    <div className={cn("max-w-md rounded-lg rounded-tr-none bg-[#d9fdd3] px-3 py-2 text-sm text-slate-900 shadow-sm", className)}>
      {label && <p className="sr-only">{label}:</p>}
      <div className="whitespace-pre-wrap break-words">{children}</div>
    </div>
  );
}

/** The chat background the bubbles sit on. */
export function ChatWallpaper({ children, label }: { children: ReactNode; label: string }) {
  return (
    <figure aria-label={label} className="flex flex-col items-end gap-2 rounded-md border border-slate-200 bg-[#efeae2] p-3">
      {children}
    </figure>
  );
}
