"use client";
import { saveCompany } from "@/app/(admin)/admin/companies/actions";
import { Checkbox, Field, Input } from "@/components/ui/field";
import { FormDialog, FormDialogTrigger, useDialogForm } from "@/components/ui/form-dialog";
import { companySchema, type CompanyInput } from "@/lib/companies/schemas";

const empty: CompanyInput = { code: "", name: "", document: "", active: true };

export function CompanyForm({ company }: { company?: CompanyInput }) {
  const { form, open, onOpenChange, onSubmit } = useDialogForm(companySchema, company ?? empty, saveCompany, !company);
  const { register, formState: { errors, isSubmitting } } = form;
  return (
    <FormDialog
      title={company ? `Editar empresa ${company.code}` : "Nova empresa"}
      trigger={<FormDialogTrigger editing={Boolean(company)} newLabel="Nova empresa" />}
      open={open} onOpenChange={onOpenChange} onSubmit={onSubmit} error={errors.root?.server?.message} submitting={isSubmitting}
    >
      <div className="grid grid-cols-3 gap-3">
        <Field label="Código" error={errors.code?.message}>{(p) => <Input {...p} {...register("code")} />}</Field>
        <Field label="Nome" error={errors.name?.message} className="col-span-2">{(p) => <Input {...p} {...register("name")} />}</Field>
      </div>
      <Field label="CNPJ" error={errors.document?.message} hint="Opcional; com ou sem pontuação.">
        {(p) => <Input {...p} {...register("document")} inputMode="numeric" />}
      </Field>
      <Checkbox label="Ativa" {...register("active")} />
    </FormDialog>
  );
}
