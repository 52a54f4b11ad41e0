"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import { createRdMessages } from "@/app/(admin)/integrations/rd-conversas/actions";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Checkbox, Field, FormError, Select } from "@/components/ui/field";
import { applyServerResult } from "@/components/ui/use-server-form";
import { createRdMessagesSchema, type CreateRdMessagesInput } from "@/lib/rdconversas/config-schemas";

type Template = { id: string; name: string; text: string; variableCount: number };
type Option = { id: string; label: string };

/** "Consultar templates": the provider's approved templates; each one selected becomes a message of the chosen type. */
export function TemplatesDialog({ templates, chips, availableTypes }: {
  templates: Template[]; chips: Option[]; availableTypes: { code: string; label: string }[];
}) {
  const [open, setOpen] = useState(false);
  const form = useForm<CreateRdMessagesInput>({ resolver: zodResolver(createRdMessagesSchema), defaultValues: { items: [] } });
  const { control, register, handleSubmit, formState: { errors, isSubmitting } } = form;
  const { fields: selected, append, remove } = useFieldArray({ control, name: "items", keyName: "key" });
  const onSubmit = handleSubmit(async (values) => {
    if (applyServerResult(form, await createRdMessages(values))) setOpen(false);
  });
  const toggle = (template: Template, checked: boolean) => {
    const index = selected.findIndex((s) => s.templateId === template.id);
    if (checked && index < 0) append({ templateId: template.id, type: "", chipId: chips[0]?.id ?? "" });
    if (!checked && index >= 0) remove(index);
  };
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => { setOpen(next); if (next) form.reset({ items: [] }); }}
      title="Consultar templates"
      description="Templates aprovados no RD Conversas. Marque os que quer usar e escolha o tipo de mensagem de cada um."
      trigger={<Button type="button">Consultar templates</Button>}
      wide
    >
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <FormError message={errors.root?.server?.message} />
        {errors.items?.message && <p className="text-sm text-red-600">{errors.items.message}</p>}
        {templates.length === 0 && <p className="text-sm text-slate-600">Nenhum template aprovado na conta do RD Conversas.</p>}
        {availableTypes.length === 0 && <p className="text-sm text-amber-700">A empresa já tem mensagens de todos os tipos.</p>}
        <ul className="space-y-3">
          {templates.map((template) => {
            const index = selected.findIndex((s) => s.templateId === template.id);
            const itemErrors = index >= 0 ? errors.items?.[index] : undefined;
            return (
              <li key={template.id} className="rounded-md border border-slate-200 p-3">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <Checkbox label={template.name} checked={index >= 0} onChange={(e) => toggle(template, e.target.checked)} />
                  <span className="text-xs text-slate-500">{template.variableCount} variável(is)</span>
                </div>
                <p className="mt-1 whitespace-pre-wrap text-sm text-slate-600">{template.text}</p>
                {index >= 0 && (
                  <div className="mt-3 grid gap-3 sm:grid-cols-2">
                    <Field label="Tipo de mensagem" error={itemErrors?.type?.message ?? itemErrors?.templateId?.message}>
                      {(p) => (
                        <Select {...p} {...register(`items.${index}.type`)}>
                          <option value="">Selecione…</option>
                          {availableTypes.map((t) => <option key={t.code} value={t.code}>{t.label}</option>)}
                        </Select>
                      )}
                    </Field>
                    <Field label="Chip" error={itemErrors?.chipId?.message}>
                      {(p) => (
                        <Select {...p} {...register(`items.${index}.chipId`)}>
                          {chips.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
                        </Select>
                      )}
                    </Field>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => setOpen(false)}>Cancelar</Button>
          <Button type="submit" busy={isSubmitting}>Confirmar</Button>
        </div>
      </form>
    </Dialog>
  );
}
