"use client";
import { createTask } from "@/app/(admin)/crm/actions";
import { Card } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { crmQuery } from "@/lib/crm/params";
import type { CrmTarget } from "@/lib/crm/resolve-target";
import { taskSchema, type TaskInput } from "@/lib/crm/schemas";
import { FormFooter } from "./form-footer";
import { TargetFields } from "./target-fields";
import { useCrmForm } from "./use-crm-form";

/** CRMFM040: a task for the account/contact the CTI selected. */
export function TaskForm({ target, cancelHref }: { target: CrmTarget; cancelHref: string }) {
  const initial: TaskInput = { accountId: target.account.id, contactId: target.contact?.id ?? null, title: "", dueDate: "" };
  const { form, onSubmit } = useCrmForm(taskSchema, initial, createTask, (data) => `/crm/tasks${crmQuery(data)}`);
  const { register, formState: { errors, isSubmitting } } = form;
  return (
    <Card>
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <TargetFields target={target} register={register} errors={errors} />
        <div className="grid grid-cols-3 gap-3">
          <Field label="Tarefa" error={errors.title?.message} className="col-span-2">{(p) => <Input {...p} {...register("title")} autoFocus />}</Field>
          <Field label="Vencimento" error={errors.dueDate?.message} hint="Opcional.">{(p) => <Input {...p} {...register("dueDate")} type="date" />}</Field>
        </div>
        <FormFooter error={errors.root?.server?.message} submitting={isSubmitting} cancelHref={cancelHref} />
      </form>
    </Card>
  );
}
