/** A message as the customer sees it in WhatsApp (preview only): *bold*, _italic_ and ~strike~ are rendered as text. */
export function WhatsappBubble({ text, label }: { text: string; label?: string }) {
  return (
    <div className="rounded-lg bg-[#e5ddd5] p-3" role="figure" aria-label={label ?? "Mensagem no WhatsApp"}>
      <div className="ml-auto max-w-full whitespace-pre-wrap break-words rounded-lg rounded-tr-none bg-[#dcf8c6] px-3 py-2 text-sm text-slate-900 shadow-sm">
        {text}
      </div>
    </div>
  );
}
