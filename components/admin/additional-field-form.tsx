"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { saveAdditionalField } from "@/app/(admin)/admin/additional-fields/actions";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, FormError, Input, Select } from "@/components/ui/field";
import { applyServerResult } from "@/components/ui/use-server-form";
import {
  ADDITIONAL_FIELD_TYPE_LABELS, ADDITIONAL_FIELD_TYPES, additionalFieldSchema, type AdditionalFieldInput,
} from "@/lib/additional-fields/schemas";

const empty: AdditionalFieldInput = { code: "", label: "", type: "text" };

/** `typeLocked`: people already hold values, so the type is shown but cannot be changed. */
export function AdditionalFieldForm({ field, typeLocked = false }: { field?: AdditionalFieldInput; typeLocked?: boolean }) {
  const [open, setOpen] = useState(false);
  const form = useForm<AdditionalFieldInput>({ resolver: zodResolver(additionalFieldSchema), defaultValues: field ?? empty });
  const { register, handleSubmit, formState: { errors, isSubmitting } } = form;
  const onSubmit = handleSubmit(async (values) => {
    if (applyServerResult(form, await saveAdditionalField(values))) {
      setOpen(false);
      if (!field) form.reset(empty);
    }
  });
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => { setOpen(o); if (o) form.reset(field ?? empty); }}
      title={field ? `Editar campo ${field.code}` : "Novo campo adicional"}
      trigger={<Button type="button" variant={field ? "secondary" : "primary"} size={field ? "sm" : "md"}>{field ? "Editar" : "Novo campo"}</Button>}
    >
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <FormError message={errors.root?.server?.message} />
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
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => setOpen(false)}>Cancelar</Button>
          <Button type="submit" busy={isSubmitting}>Salvar</Button>
        </div>
      </form>
    </Dialog>
  );
}
