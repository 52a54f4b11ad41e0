"use client";
import { createLead } from "@/app/(admin)/crm/actions";
import { Card } from "@/components/ui/card";
import { Field, Input, inputClass } from "@/components/ui/field";
import { leadSchema, type LeadInput } from "@/lib/crm/schemas";
import { FormFooter } from "./form-footer";
import { useCrmForm } from "./use-crm-form";

const empty: LeadInput = { name: "", phone: "", email: "", notes: "" };

/** CRMFM001: a prospect not yet registered as a person. */
export function LeadForm() {
  const { form, onSubmit } = useCrmForm(leadSchema, empty, createLead, () => "/crm/leads");
  const { register, formState: { errors, isSubmitting } } = form;
  return (
    <Card>
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <Field label="Nome" error={errors.name?.message}>{(p) => <Input {...p} {...register("name")} autoFocus />}</Field>
        <div className="grid grid-cols-2 gap-3">
          <Field label="Telefone" error={errors.phone?.message}>{(p) => <Input {...p} {...register("phone")} inputMode="tel" />}</Field>
          <Field label="E-mail" error={errors.email?.message}>{(p) => <Input {...p} {...register("email")} type="email" />}</Field>
        </div>
        <Field label="Observações" error={errors.notes?.message}>
          {(p) => <textarea {...p} {...register("notes")} rows={4} className={inputClass} />}
        </Field>
        <FormFooter error={errors.root?.server?.message} submitting={isSubmitting} cancelHref="/crm/leads" />
      </form>
    </Card>
  );
}
