"use client";
import { useRouter } from "next/navigation";
import { saveCreditor } from "@/app/(admin)/admin/creditors/actions";
import { Field, Input } from "@/components/ui/field";
import { FormDialog, FormDialogTrigger, useDialogForm } from "@/components/ui/form-dialog";
import { creditorSchema, type CreditorInput } from "@/lib/creditors/schemas";

const empty: CreditorInput = { name: "", document: "" };

/** CADFM050: create or edit a creditor (name unique in the company, optional CPF/CNPJ). */
export function CreditorForm({ creditor }: { creditor?: { id: number; name: string; document: string } }) {
  const router = useRouter();
  const save = async (values: CreditorInput) => {
    const result = await saveCreditor(values);
    if (result.ok) router.refresh();
    return result;
  };
  const { form, open, onOpenChange, onSubmit } = useDialogForm(creditorSchema, creditor ?? empty, save, !creditor);
  const { register, formState: { errors, isSubmitting } } = form;
  return (
    <FormDialog
      title={creditor ? `Editar credor ${creditor.name}` : "Novo credor"}
      trigger={<FormDialogTrigger editing={Boolean(creditor)} newLabel="Novo credor" />}
      open={open} onOpenChange={onOpenChange} onSubmit={onSubmit} error={errors.root?.server?.message} submitting={isSubmitting}
    >
      <Field label="Nome" error={errors.name?.message}>
        {(p) => <Input {...p} {...register("name")} maxLength={120} autoComplete="off" />}
      </Field>
      <Field label="CPF/CNPJ (opcional)" error={errors.document?.message} hint="Com ou sem pontuação.">
        {(p) => <Input {...p} {...register("document")} inputMode="numeric" maxLength={18} autoComplete="off" />}
      </Field>
    </FormDialog>
  );
}
