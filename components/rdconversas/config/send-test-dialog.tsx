"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { sendRdTestMessage } from "@/app/(admin)/integrations/rd-conversas/actions";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, FormError, Input } from "@/components/ui/field";
import { applyServerResult } from "@/components/ui/use-server-form";
import { sendRdTestMessageSchema, type SendRdTestMessageInput } from "@/lib/rdconversas/config-schemas";

/** "Enviar teste": the template with the sample person's values, right away, to a phone the admin types. */
export function SendTestDialog({ id, typeLabel }: { id: number; typeLabel: string }) {
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState<string>();
  const form = useForm<SendRdTestMessageInput>({ resolver: zodResolver(sendRdTestMessageSchema), defaultValues: { id, phone: "" } });
  const { register, handleSubmit, formState: { errors, isSubmitting } } = form;
  const onSubmit = handleSubmit(async (values) => {
    setSent(undefined);
    const result = await sendRdTestMessage(values);
    if (applyServerResult(form, result) && result.ok) setSent(result.data.message);
  });
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => { setOpen(next); setSent(undefined); if (next) form.reset({ id, phone: "" }); }}
      title={`Enviar teste: ${typeLabel}`}
      description="O template é enviado agora, com os dados da pessoa de exemplo, para o telefone informado."
      trigger={<Button type="button" variant="secondary" size="sm">Enviar teste</Button>}
    >
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <FormError message={errors.root?.server?.message} />
        <Field label="Telefone (WhatsApp)" error={errors.phone?.message} hint="Com DDD, ex.: (11) 98765-4321.">
          {(p) => <Input {...p} {...register("phone")} inputMode="tel" autoComplete="off" />}
        </Field>
        {sent && <p role="status" className="text-sm text-emerald-700">{sent}</p>}
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => setOpen(false)}>Fechar</Button>
          <Button type="submit" busy={isSubmitting}>Enviar</Button>
        </div>
      </form>
    </Dialog>
  );
}
