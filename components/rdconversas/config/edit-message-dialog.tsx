"use client";
import { useId } from "react";
import { Controller } from "react-hook-form";
import { saveRdMessage } from "@/app/(admin)/integrations/rd-conversas/actions";
import { Button } from "@/components/ui/button";
import { Checkbox, Field, Select } from "@/components/ui/field";
import { FormDialog, useDialogForm } from "@/components/ui/form-dialog";
import { saveRdMessageSchema, type SaveRdMessageInput } from "@/lib/rdconversas/config-schemas";
import { fieldListProblem, renderTemplate, renderVariables, SAMPLE_SOURCE } from "@/lib/rdconversas/fields";
import type { MessageTypeGroup } from "@/lib/rdconversas/message-types";
import { FieldListEditor } from "./field-list-editor";

export type EditableMessage = {
  id: number; typeLabel: string; group: MessageTypeGroup; templateName: string; templateText: string; variableCount: number;
  chipId: string; chipLabel: string; active: boolean; fields: string[];
};

/** "Editar": chip, active flag and the field list, with the template rendered for a sample person as it changes. */
export function EditMessageDialog({ message, chips, companyName }: {
  message: EditableMessage; chips: { id: string; label: string }[]; companyName: string;
}) {
  const initial: SaveRdMessageInput = { id: message.id, chipId: message.chipId, active: message.active, fields: message.fields };
  const { form, open, onOpenChange, onSubmit } = useDialogForm(saveRdMessageSchema, initial, saveRdMessage, false);
  const { register, control, watch, formState: { errors, isSubmitting } } = form;
  const fieldsLabel = useId();
  const fields = watch("fields");
  const problem = fieldListProblem(fields, message.variableCount, message.group);
  const preview = renderTemplate(message.templateText, renderVariables(fields, { ...SAMPLE_SOURCE, company: { name: companyName } }));
  const chipChoices = chips.some((c) => c.id === message.chipId) ? chips : [{ id: message.chipId, label: message.chipLabel }, ...chips];
  return (
    <FormDialog
      title={`Editar mensagem: ${message.typeLabel}`}
      trigger={<Button type="button" variant="secondary" size="sm">Editar</Button>}
      open={open} onOpenChange={onOpenChange} onSubmit={onSubmit} error={errors.root?.server?.message} submitting={isSubmitting} wide
    >
      <p className="text-sm text-slate-600">
        Template <strong>{message.templateName}</strong> · {message.variableCount} variável(is)
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Chip" error={errors.chipId?.message}>
          {(p) => (
            <Select {...p} {...register("chipId")}>
              {chipChoices.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
            </Select>
          )}
        </Field>
        <div className="flex items-end pb-2">
          <Checkbox label="Ativa" {...register("active")} />
        </div>
      </div>
      <div className="space-y-1">
        <p id={fieldsLabel} className="text-sm font-medium text-slate-700">Lista de campos</p>
        <Controller
          control={control}
          name="fields"
          render={({ field }) => <FieldListEditor value={field.value} onChange={field.onChange} group={message.group} labelledBy={fieldsLabel} />}
        />
        {errors.fields?.message ? (
          <p className="text-sm text-red-600">{errors.fields.message}</p>
        ) : problem ? (
          <p className="text-sm text-amber-700">{problem}</p>
        ) : null}
      </div>
      <div className="space-y-1">
        <p className="text-sm font-medium text-slate-700">Prévia (pessoa de exemplo)</p>
        <p aria-live="polite" className="whitespace-pre-wrap rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-slate-800">{preview}</p>
      </div>
    </FormDialog>
  );
}
