"use client";
import { createOpportunity } from "@/app/(admin)/crm/actions";
import { Card } from "@/components/ui/card";
import { Field, Input, Select } from "@/components/ui/field";
import type { CrmTarget } from "@/lib/crm/resolve-target";
import { OPPORTUNITY_STAGE_LABELS, opportunitySchema, type OpportunityInput } from "@/lib/crm/schemas";
import { FormFooter } from "./form-footer";
import { TargetFields } from "./target-fields";
import { useCrmForm } from "./use-crm-form";

/** CRMFM020: a new opportunity for the account/contact the CTI selected. */
export function OpportunityForm({ target, cancelHref }: { target: CrmTarget; cancelHref: string }) {
  const initial: OpportunityInput = { accountId: target.account.id, contactId: target.contact?.id ?? null, title: "", amount: "0,00", stage: "prospecting" };
  const { form, onSubmit } = useCrmForm(opportunitySchema, initial, createOpportunity, (data) => `/crm/opportunities/${data.id}`);
  const { register, formState: { errors, isSubmitting } } = form;
  return (
    <Card>
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <TargetFields target={target} register={register} errors={errors} />
        <Field label="Título" error={errors.title?.message}>{(p) => <Input {...p} {...register("title")} autoFocus />}</Field>
        <div className="grid grid-cols-2 gap-3">
          <Field label="Valor (R$)" error={errors.amount?.message} hint="Ex.: 1.234,56">{(p) => <Input {...p} {...register("amount")} inputMode="decimal" />}</Field>
          <Field label="Etapa" error={errors.stage?.message}>
            {(p) => <Select {...p} {...register("stage")}>{Object.entries(OPPORTUNITY_STAGE_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}</Select>}
          </Field>
        </div>
        <FormFooter error={errors.root?.server?.message} submitting={isSubmitting} cancelHref={cancelHref} />
      </form>
    </Card>
  );
}
