"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { previewConversationStart, startConversation } from "@/app/(admin)/people/[id]/whatsapp-actions";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, FormError, inputClass, Select } from "@/components/ui/field";
import { applyServerResult } from "@/components/ui/use-server-form";
import type { ConversationStartPreview } from "@/lib/whatsapp/conversations/preview-conversation-start";
import { startConversationSchema, type StartConversationInput } from "@/lib/whatsapp/conversations/schemas";

const optionalId = (value: string) => (value === "" ? undefined : Number(value));

/**
 * "Iniciar conversa" on a person's page: an approved template rendered with the person's data (or free text while the
 * customer's 24-hour window is open), queued for the official WhatsApp API.
 */
export function StartConversationDialog({ personId }: { personId: number }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [preview, setPreview] = useState<ConversationStartPreview>();
  const [previewError, setPreviewError] = useState<string>();
  const [queued, setQueued] = useState<{ outboxId: number; duplicate: boolean }>();
  const form = useForm<StartConversationInput>({ resolver: zodResolver(startConversationSchema), defaultValues: { personId } });
  const { register, handleSubmit, control, formState: { errors, isSubmitting } } = form;
  const [templateId, creditorId] = useWatch({ control, name: ["templateId", "creditorId"] });

  useEffect(() => {
    if (!open) return;
    let current = true;
    previewConversationStart({ personId, templateId, creditorId }).then((result) => {
      if (!current) return;
      setPreview(result.ok ? result.data : undefined);
      setPreviewError(result.ok ? undefined : result.error);
    });
    return () => { current = false; };
  }, [open, personId, templateId, creditorId]);

  const onSubmit = handleSubmit(async (values) => {
    const result = await startConversation({ ...values, text: values.templateId ? undefined : values.text });
    if (applyServerResult(form, result) && result.ok) {
      setQueued(result.data);
      router.refresh();
    }
  });

  const windowOpen = !!preview?.windowOpenUntil;
  const blocked = (preview?.problems.length ?? 0) > 0;
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setQueued(undefined);
        if (next) form.reset({ personId });
      }}
      title="Iniciar conversa no WhatsApp"
      description={preview ? `${preview.personName}${preview.phoneLabel ? ` · ${preview.phoneLabel}` : ""}` : "Carregando os dados da pessoa…"}
      trigger={<Button type="button" variant="secondary">Iniciar conversa</Button>}
      wide
    >
      {queued ? (
        <div className="space-y-4">
          <p role="status" className="text-sm text-emerald-700">
            {queued.duplicate ? "Esta mensagem já estava na fila; nada foi enviado de novo." : "Mensagem colocada na fila de envio."}
          </p>
          <div className="flex justify-end gap-2">
            <Link href={`/messages/${queued.outboxId}`} className="text-sm text-brand-700 underline">Acompanhar o envio</Link>
            <Button type="button" variant="secondary" onClick={() => setOpen(false)}>Fechar</Button>
          </div>
        </div>
      ) : (
        <form onSubmit={onSubmit} className="space-y-4" noValidate>
          <FormError message={errors.root?.server?.message ?? previewError} />
          {preview && preview.problems.length > 0 && (
            <ul role="status" className="list-disc space-y-1 rounded-md border border-amber-200 bg-amber-50 py-2 pl-8 pr-3 text-sm text-amber-800">
              {preview.problems.map((p) => <li key={p}>{p}</li>)}
            </ul>
          )}
          {preview && (
            <div role="status" className="space-y-1 rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700">
              <p>{preview.windowLabel}</p>
              {preview.chatStartLabel && <p className="text-amber-700">{preview.chatStartLabel}</p>}
            </div>
          )}
          {preview && preview.templates.length === 0 ? (
            <p className="text-sm text-slate-600">
              Nenhum modelo aprovado e mapeado.{" "}
              <Link href="/whatsapp/templates" className="text-brand-700 underline">Ver modelos de início de chat</Link>
            </p>
          ) : (
            <Field label="Modelo de início de chat" error={errors.templateId?.message}>
              {(p) => (
                <Select {...p} {...register("templateId", { setValueAs: optionalId })} disabled={!preview}>
                  <option value="">{windowOpen ? "Nenhum: mensagem livre" : "Escolha um modelo aprovado"}</option>
                  {preview?.templates.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
                </Select>
              )}
            </Field>
          )}
          <Field label="Credor" error={errors.creditorId?.message} hint="Preenche o coringa “Nome do credor” do modelo.">
            {(p) => (
              <Select {...p} {...register("creditorId", { setValueAs: optionalId })} disabled={!preview}>
                <option value="">Nenhum</option>
                {preview?.creditors.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
              </Select>
            )}
          </Field>
          {preview?.rendered && (
            <figure className="space-y-1">
              <figcaption className="text-sm font-medium text-slate-700">Mensagem como o cliente verá</figcaption>
              <p className="whitespace-pre-wrap rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-slate-800">{preview.rendered}</p>
            </figure>
          )}
          {windowOpen && !templateId && (
            <Field label="Mensagem livre" error={errors.text?.message}>
              {(p) => <textarea {...p} {...register("text")} rows={4} className={inputClass} />}
            </Field>
          )}
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => setOpen(false)}>Cancelar</Button>
            <Button type="submit" busy={isSubmitting} disabled={!preview || blocked}>Enviar</Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
