"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { saveBotMessage } from "@/app/(admin)/whatsapp/bot-messages/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, FormError, inputClass } from "@/components/ui/field";
import { applyServerResult } from "@/components/ui/use-server-form";
import { BOT_MESSAGE_MAX, saveBotMessageSchema, type SaveBotMessageInput } from "@/lib/whatsapp/bot/schemas";
import { BOT_WILDCARDS, renderBotMessage, type BotWildcardValues } from "@/lib/whatsapp/bot/wildcards";
import { ChatWallpaper, WhatsappBubble, WhatsappText } from "./whatsapp-bubble";

export type BotMessageCardProps = {
  kind: SaveBotMessageInput["kind"]; label: string; body: string; updatedLabel: string | null; previewValues: BotWildcardValues;
};

/** One automatic message: the preview as the debtor sees it; "Editar" opens the text with a live preview, "Salvar"/"Cancelar". */
export function BotMessageCard({ kind, label, body, updatedLabel, previewValues }: BotMessageCardProps) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const form = useForm<SaveBotMessageInput>({ resolver: zodResolver(saveBotMessageSchema), defaultValues: { kind, body } });
  const { register, watch, setValue, handleSubmit, reset, formState: { errors, isSubmitting } } = form;
  const draft = watch("body");
  const { ref: registerRef, ...bodyField } = register("body");

  const cancel = () => { reset({ kind, body }); setEditing(false); };
  const onSubmit = handleSubmit(async (values) => {
    if (applyServerResult(form, await saveBotMessage(values))) {
      setEditing(false);
      router.refresh();
    }
  });
  /** Puts the wildcard where the cursor is, so the admin does not have to type it exactly. */
  const insertWildcard = (token: string) => {
    const el = textarea.current;
    const start = el?.selectionStart ?? draft.length;
    const end = el?.selectionEnd ?? draft.length;
    setValue("body", draft.slice(0, start) + token + draft.slice(end), { shouldDirty: true, shouldValidate: true });
    requestAnimationFrame(() => { el?.focus(); el?.setSelectionRange(start + token.length, start + token.length); });
  };

  return (
    <Card
      title={label}
      actions={!editing && <Button type="button" variant="secondary" size="sm" onClick={() => setEditing(true)} aria-label={`Editar mensagem ${label}`}>Editar</Button>}
    >
      {editing ? (
        <form onSubmit={onSubmit} className="grid gap-4 lg:grid-cols-2" noValidate>
          <div className="space-y-3">
            <FormError message={errors.root?.server?.message} />
            <Field
              label={`Texto da mensagem ${label}`}
              error={errors.body?.message}
              hint={`${draft.length}/${BOT_MESSAGE_MAX} caracteres · *negrito*, _itálico_, ~tachado~, \`\`\`monoespaçado\`\`\``}
            >
              {(p) => (
                <textarea
                  {...p} {...bodyField} rows={7} maxLength={BOT_MESSAGE_MAX} autoFocus className={inputClass}
                  ref={(el) => { registerRef(el); textarea.current = el; }}
                />
              )}
            </Field>
            <div className="flex flex-wrap items-center gap-1.5" role="group" aria-label="Inserir coringa">
              <span className="text-xs text-slate-500">Inserir coringa:</span>
              {BOT_WILDCARDS.map((w) => (
                <button
                  key={w.token} type="button" title={w.label} onClick={() => insertWildcard(w.token)}
                  className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs text-slate-700 hover:bg-slate-100"
                >
                  {w.token}
                </button>
              ))}
            </div>
            <div className="flex justify-end gap-2">
              <Button type="button" variant="secondary" onClick={cancel}>Cancelar</Button>
              <Button type="submit" busy={isSubmitting}>Salvar</Button>
            </div>
          </div>
          <div className="space-y-1">
            <p className="text-sm font-medium text-slate-700">Prévia (valores de exemplo)</p>
            <ChatWallpaper label={`Prévia da mensagem ${label}`}>
              <WhatsappBubble>
                <span aria-live="polite"><WhatsappText text={renderBotMessage(draft, previewValues)} /></span>
              </WhatsappBubble>
            </ChatWallpaper>
          </div>
        </form>
      ) : (
        <div className="space-y-2">
          <ChatWallpaper label={`Mensagem ${label}`}>
            <WhatsappBubble><WhatsappText text={renderBotMessage(body, previewValues)} /></WhatsappBubble>
          </ChatWallpaper>
          <p className="text-xs text-slate-500">{updatedLabel ?? "Texto padrão do sistema"}</p>
        </div>
      )}
    </Card>
  );
}
