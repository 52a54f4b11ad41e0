"use client";
import { createHistory } from "@/app/(admin)/crm/actions";
import { Card } from "@/components/ui/card";
import { Field, inputClass } from "@/components/ui/field";
import { crmQuery } from "@/lib/crm/params";
import type { CrmTarget } from "@/lib/crm/resolve-target";
import { historySchema, type HistoryInput } from "@/lib/crm/schemas";
import { FormFooter } from "./form-footer";
import { TargetFields } from "./target-fields";
import { useCrmForm } from "./use-crm-form";

/** CRMFM030: a history note for the account/contact the CTI selected. */
export function HistoryForm({ target, cancelHref }: { target: CrmTarget; cancelHref: string }) {
  const initial: HistoryInput = { accountId: target.account.id, contactId: target.contact?.id ?? null, note: "" };
  const { form, onSubmit } = useCrmForm(historySchema, initial, createHistory, (data) => `/crm/history${crmQuery(data)}`);
  const { register, formState: { errors, isSubmitting } } = form;
  return (
    <Card>
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <TargetFields target={target} register={register} errors={errors} />
        <Field label="Histórico" error={errors.note?.message}>
          {(p) => <textarea {...p} {...register("note")} rows={6} autoFocus className={inputClass} />}
        </Field>
        <FormFooter error={errors.root?.server?.message} submitting={isSubmitting} cancelHref={cancelHref} />
      </form>
    </Card>
  );
}
