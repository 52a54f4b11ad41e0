"use client";
import { saveAdditionalField } from "@/app/(admin)/admin/additional-fields/actions";
import { Field, Input, Select } from "@/components/ui/field";
import { FormDialog, FormDialogTrigger, useDialogForm } from "@/components/ui/form-dialog";
import {
  ADDITIONAL_FIELD_TYPE_LABELS, ADDITIONAL_FIELD_TYPES, additionalFieldSchema, type AdditionalFieldInput,
} from "@/lib/additional-fields/schemas";

const empty: AdditionalFieldInput = { code: "", label: "", type: "text" };

/** `typeLocked`: people already hold values, so the type is shown but cannot be changed. */
export function AdditionalFieldForm({ field, typeLocked = false }: { field?: AdditionalFieldInput; typeLocked?: boolean }) {
  const { form, open, onOpenChange, onSubmit } = useDialogForm(additionalFieldSchema, field ?? empty, saveAdditionalField, !field);
  const { register, formState: { errors, isSubmitting } } = form;
  return (
    <FormDialog
      title={field ? `Editar campo ${field.code}` : "Novo campo adicional"}
      trigger={<FormDialogTrigger editing={Boolean(field)} newLabel="Novo campo" />}
      open={open} onOpenChange={onOpenChange} onSubmit={onSubmit} error={errors.root?.server?.message} submitting={isSubmitting}
    >
      <Field label="Código" error={errors.code?.message} hint="Letras maiúsculas, dígitos e _, ex.: DT_ANIVERSARIO.">
        {(p) => <Input {...p} {...register("code")} maxLength={30} className="font-mono uppercase" autoComplete="off" />}
      </Field>
      <Field label="Rótulo" error={errors.label?.message} hint="Como o campo aparece no cadastro de pessoas.">
        {(p) => <Input {...p} {...register("label")} autoComplete="off" />}
      </Field>
      <Field
        label="Tipo"
        error={errors.type?.message}
        hint={typeLocked ? "Já há pessoas com valor neste campo: o tipo não pode mudar." : undefined}
      >
        {(p) => typeLocked
          // Not registered: the form submits the unchanged default type.
          ? <Input {...p} value={ADDITIONAL_FIELD_TYPE_LABELS[field?.type ?? "text"]} readOnly disabled />
          : (
            <Select {...p} {...register("type")}>
              {ADDITIONAL_FIELD_TYPES.map((type) => <option key={type} value={type}>{ADDITIONAL_FIELD_TYPE_LABELS[type]}</option>)}
            </Select>
          )}
      </Field>
    </FormDialog>
  );
}
