"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { sendMetaSandboxCustomerMessage } from "@/app/(admin)/admin/sandbox/meta/actions";
import { Button } from "@/components/ui/button";
import { Field, FormError, Input, Select, inputClass } from "@/components/ui/field";
import { applyServerResult } from "@/components/ui/use-server-form";
import { metaSandboxCustomerMessageSchema, type MetaSandboxCustomerMessageInput } from "@/lib/sandbox/meta/schemas";

/** A customer writes to the business number: the inbound webhook goes out and the phone's 24-hour window opens. */
export function MetaCustomerMessageForm({ wabaIds }: { wabaIds: string[] }) {
  const router = useRouter();
  const [sent, setSent] = useState<string>();
  const form = useForm<MetaSandboxCustomerMessageInput>({
    resolver: zodResolver(metaSandboxCustomerMessageSchema),
    defaultValues: { phone: "", name: "", text: "", wabaId: wabaIds.at(-1) ?? "" },
  });
  const { register, handleSubmit, formState: { errors, isSubmitting } } = form;
  const onSubmit = handleSubmit(async (values) => {
    setSent(undefined);
    const result = await sendMetaSandboxCustomerMessage(values);
    if (applyServerResult(form, result) && result.ok) {
      form.reset({ ...values, text: "" });
      setSent("Mensagem enviada ao webhook; a janela de 24 h deste telefone está aberta.");
      router.refresh();
    }
  });
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <FormError message={errors.root?.server?.message} />
      {sent && <div role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">{sent}</div>}
      <div className="grid grid-cols-2 gap-3">
        <Field label="Telefone do cliente" error={errors.phone?.message}>
          {(p) => <Input {...p} {...register("phone")} inputMode="tel" placeholder="(11) 98765-4321" />}
        </Field>
        <Field label="Nome no WhatsApp" error={errors.name?.message}>
          {(p) => <Input {...p} {...register("name")} placeholder="Cliente" />}
        </Field>
      </div>
      {wabaIds.length > 1 && (
        <Field label="Conta (WABA)" error={errors.wabaId?.message}>
          {(p) => <Select {...p} {...register("wabaId")}>{wabaIds.map((id) => <option key={id} value={id}>{id}</option>)}</Select>}
        </Field>
      )}
      <Field label="Mensagem" error={errors.text?.message}>
        {(p) => <textarea {...p} {...register("text")} rows={3} className={inputClass} placeholder="Oi, quero negociar minha dívida" />}
      </Field>
      <div className="flex justify-end">
        <Button type="submit" busy={isSubmitting}>Enviar como cliente</Button>
      </div>
    </form>
  );
}
