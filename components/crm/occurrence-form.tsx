"use client";
import { createOccurrence } from "@/app/(admin)/crm/actions";
import { Card } from "@/components/ui/card";
import { Field, Input, inputClass, Select } from "@/components/ui/field";
import type { CrmTarget } from "@/lib/crm/resolve-target";
import { OCCURRENCE_STATUS_LABELS, occurrenceSchema, type OccurrenceInput } from "@/lib/crm/schemas";
import { FormFooter } from "./form-footer";
import { TargetFields } from "./target-fields";
import { useCrmForm } from "./use-crm-form";

/** CRMFM010: a new occurrence for the account/contact the CTI selected; the protocol is given on save. */
export function OccurrenceForm({ target, types, cancelHref }: { target: CrmTarget; types: { id: number; name: string }[]; cancelHref: string }) {
  const initial: OccurrenceInput = {
    accountId: target.account.id, contactId: target.contact?.id ?? null, typeId: types[0]?.id ?? 0, subject: "", description: "", status: "open",
  };
  const { form, onSubmit } = useCrmForm(occurrenceSchema, initial, createOccurrence, (data) => `/crm/occurrences/${data.protocol}`);
  const { register, formState: { errors, isSubmitting } } = form;
  return (
    <Card>
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <TargetFields target={target} register={register} errors={errors} />
        <div className="grid grid-cols-2 gap-3">
          <Field label="Tipo" error={errors.typeId?.message}>
            {(p) => <Select {...p} {...register("typeId", { valueAsNumber: true })}>{types.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}</Select>}
          </Field>
          <Field label="Situação" error={errors.status?.message}>
            {(p) => <Select {...p} {...register("status")}>{Object.entries(OCCURRENCE_STATUS_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}</Select>}
          </Field>
        </div>
        <Field label="Assunto" error={errors.subject?.message}>{(p) => <Input {...p} {...register("subject")} autoFocus />}</Field>
        <Field label="Descrição" error={errors.description?.message}>
          {(p) => <textarea {...p} {...register("description")} rows={5} className={inputClass} />}
        </Field>
        <FormFooter error={errors.root?.server?.message} submitting={isSubmitting} cancelHref={cancelHref} />
      </form>
    </Card>
  );
}
