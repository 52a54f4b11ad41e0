"use client";
import { savePhoneType } from "@/app/(admin)/admin/phone-types/actions";
import { Field, Input } from "@/components/ui/field";
import { FormDialog, FormDialogTrigger, useDialogForm } from "@/components/ui/form-dialog";
import { phoneTypeSchema, type PhoneTypeInput } from "@/lib/phone-types/schemas";

const empty: PhoneTypeInput = { code: "", description: "" };

export function PhoneTypeForm({ phoneType }: { phoneType?: PhoneTypeInput }) {
  const { form, open, onOpenChange, onSubmit } = useDialogForm(phoneTypeSchema, phoneType ?? empty, savePhoneType, !phoneType);
  const { register, formState: { errors, isSubmitting } } = form;
  return (
    <FormDialog
      title={phoneType ? `Editar tipo ${phoneType.code}` : "Novo tipo de telefone"}
      trigger={<FormDialogTrigger editing={Boolean(phoneType)} newLabel="Novo tipo" />}
      open={open} onOpenChange={onOpenChange} onSubmit={onSubmit} error={errors.root?.server?.message} submitting={isSubmitting}
    >
      <div className="grid grid-cols-3 gap-3">
        <Field label="Código" error={errors.code?.message} hint="Até 5 letras ou dígitos.">
          {(p) => <Input {...p} {...register("code")} maxLength={5} className="font-mono uppercase" autoComplete="off" />}
        </Field>
        <Field label="Descrição" error={errors.description?.message} className="col-span-2">
          {(p) => <Input {...p} {...register("description")} autoComplete="off" />}
        </Field>
      </div>
    </FormDialog>
  );
}
