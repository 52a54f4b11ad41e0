"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { saveCompany } from "@/app/(admin)/admin/companies/actions";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Checkbox, Field, FormError, Input } from "@/components/ui/field";
import { applyServerResult } from "@/components/ui/use-server-form";
import { companySchema, type CompanyInput } from "@/lib/companies/schemas";

export function CompanyForm({ company }: { company?: CompanyInput }) {
  const [open, setOpen] = useState(false);
  const form = useForm<CompanyInput>({
    resolver: zodResolver(companySchema),
    defaultValues: company ?? { code: "", name: "", document: "", active: true },
  });
  const { register, handleSubmit, formState: { errors, isSubmitting } } = form;
  const onSubmit = handleSubmit(async (values) => {
    if (applyServerResult(form, await saveCompany(values))) {
      setOpen(false);
      if (!company) form.reset();
    }
  });
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => { setOpen(o); if (o) form.reset(company ?? { code: "", name: "", document: "", active: true }); }}
      title={company ? `Editar empresa ${company.code}` : "Nova empresa"}
      trigger={<Button type="button" variant={company ? "secondary" : "primary"} size={company ? "sm" : "md"}>{company ? "Editar" : "Nova empresa"}</Button>}
    >
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <FormError message={errors.root?.server?.message} />
        <div className="grid grid-cols-3 gap-3">
          <Field label="Código" error={errors.code?.message}>{(p) => <Input {...p} {...register("code")} />}</Field>
          <Field label="Nome" error={errors.name?.message} className="col-span-2">{(p) => <Input {...p} {...register("name")} />}</Field>
        </div>
        <Field label="CNPJ" error={errors.document?.message} hint="Opcional; com ou sem pontuação.">
          {(p) => <Input {...p} {...register("document")} inputMode="numeric" />}
        </Field>
        <Checkbox label="Ativa" {...register("active")} />
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => setOpen(false)}>Cancelar</Button>
          <Button type="submit" busy={isSubmitting}>Salvar</Button>
        </div>
      </form>
    </Dialog>
  );
}
