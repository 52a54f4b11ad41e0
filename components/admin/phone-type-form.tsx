"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { savePhoneType } from "@/app/(admin)/admin/phone-types/actions";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, FormError, Input } from "@/components/ui/field";
import { applyServerResult } from "@/components/ui/use-server-form";
import { phoneTypeSchema, type PhoneTypeInput } from "@/lib/phone-types/schemas";

const empty: PhoneTypeInput = { code: "", description: "" };

export function PhoneTypeForm({ phoneType }: { phoneType?: PhoneTypeInput }) {
  const [open, setOpen] = useState(false);
  const form = useForm<PhoneTypeInput>({ resolver: zodResolver(phoneTypeSchema), defaultValues: phoneType ?? empty });
  const { register, handleSubmit, formState: { errors, isSubmitting } } = form;
  const onSubmit = handleSubmit(async (values) => {
    if (applyServerResult(form, await savePhoneType(values))) {
      setOpen(false);
      if (!phoneType) form.reset(empty);
    }
  });
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => { setOpen(o); if (o) form.reset(phoneType ?? empty); }}
      title={phoneType ? `Editar tipo ${phoneType.code}` : "Novo tipo de telefone"}
      trigger={<Button type="button" variant={phoneType ? "secondary" : "primary"} size={phoneType ? "sm" : "md"}>{phoneType ? "Editar" : "Novo tipo"}</Button>}
    >
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <FormError message={errors.root?.server?.message} />
        <div className="grid grid-cols-3 gap-3">
          <Field label="Código" error={errors.code?.message} hint="Até 5 letras ou dígitos.">
            {(p) => <Input {...p} {...register("code")} maxLength={5} className="font-mono uppercase" autoComplete="off" />}
          </Field>
          <Field label="Descrição" error={errors.description?.message} className="col-span-2">
            {(p) => <Input {...p} {...register("description")} autoComplete="off" />}
          </Field>
        </div>
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => setOpen(false)}>Cancelar</Button>
          <Button type="submit" busy={isSubmitting}>Salvar</Button>
        </div>
      </form>
    </Dialog>
  );
}
