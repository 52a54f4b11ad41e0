"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { saveSendAgent } from "@/app/(admin)/whatsapp/settings/actions";
import { Button } from "@/components/ui/button";
import { Field, FormError, Input } from "@/components/ui/field";
import { applyServerResult } from "@/components/ui/use-server-form";
import { sendAgentSchema, type SendAgentForm as Values } from "@/lib/whatsapp/settings/schemas";

export type SendAgentView = { ready: boolean; accountName: string | null; limitPerDay: number | null; limitPerBatch: number | null };

/** "Agente de envio": how many conversation starts per day and per dispatcher cycle the active API's account sends. */
export function SendAgentForm({ agent, notReadyText }: { agent: SendAgentView; notReadyText: string }) {
  const router = useRouter();
  // The schema turns the typed text into numbers; the form keeps the text (the server parses again anyway).
  const form = useForm<Values>({
    resolver: zodResolver(sendAgentSchema) as unknown as Resolver<Values>,
    defaultValues: { limitPerDay: agent.limitPerDay?.toString() ?? "", limitPerBatch: agent.limitPerBatch?.toString() ?? "" },
  });
  const { register, handleSubmit, formState: { errors, isSubmitting } } = form;
  const [saved, setSaved] = useState<string>();

  const onSubmit = handleSubmit(async (values) => {
    setSaved(undefined);
    const result = await saveSendAgent(values);
    if (!applyServerResult(form, result) || !result.ok) return;
    setSaved(result.data.message);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {!agent.ready && (
        <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">{notReadyText}</p>
      )}
      <FormError message={errors.root?.server?.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Máx. envio por dia" error={errors.limitPerDay?.message}
          hint="Quantas conversas podem ser iniciadas por dia (dia de Brasília). Passando disso, as mensagens esperam o dia seguinte; não falham. Em branco: sem limite.">
          {(p) => <Input {...p} {...register("limitPerDay")} inputMode="numeric" disabled={!agent.ready} autoComplete="off" />}
        </Field>
        <Field label="Máx. envio entrada agente" error={errors.limitPerBatch?.message}
          hint="Quantas são iniciadas de cada vez, a cada ciclo do agente de envio: se tiverem 100 mensagens para serem enviadas e o valor for 5, o sistema fará o envio de 5 de cada vez.">
          {(p) => <Input {...p} {...register("limitPerBatch")} inputMode="numeric" disabled={!agent.ready} autoComplete="off" />}
        </Field>
      </div>
      <p className="text-xs text-slate-500">
        A combinação dos dois controla quantas mensagens saem de uma vez e evita passar do que a operação consegue atender.
        {agent.accountName && <> Conta de envio: {agent.accountName}.</>}
      </p>
      <div className="flex flex-wrap items-center justify-end gap-3">
        {saved && <span role="status" className="text-sm text-emerald-700">{saved}</span>}
        <Button type="submit" busy={isSubmitting} disabled={!agent.ready}>Salvar</Button>
      </div>
    </form>
  );
}
