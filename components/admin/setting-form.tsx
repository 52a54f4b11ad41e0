"use client";
import { useState } from "react";
import { useForm, type FieldValues, type UseFormReturn } from "react-hook-form";
import { updateSetting } from "@/app/(admin)/admin/parameters/actions";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { Checkbox, Field, FormError, Input, Select } from "@/components/ui/field";
import { applyServerResult } from "@/components/ui/use-server-form";
import type { SettingField } from "@/lib/settings/registry";

type Option = { code: string; label: string };
export type SettingFormOptions = { phoneTypes: Option[]; additionalFields: Option[] };

export type SettingCard = {
  code: string; module: string; title: string; description: string; fields: SettingField[];
  /** Secrets arrive masked and are only used as placeholders. */
  value: Record<string, unknown>;
  configured: boolean;
  updatedLabel: string | null;
};

/** Secrets start blank: sending them blank keeps the stored value. */
const formValues = (setting: SettingCard): FieldValues =>
  Object.fromEntries(setting.fields.map((f) => [f.key, f.kind === "secret" ? "" : setting.value[f.key]]));

/** One parameter rendered from its registered fields; validation runs on the server against the parameter's schema. */
export function SettingForm({ setting, companyId, options }: { setting: SettingCard; companyId?: number; options: SettingFormOptions }) {
  const form = useForm<FieldValues>({ defaultValues: formValues(setting) });
  const { handleSubmit, formState: { errors, isSubmitting } } = form;
  const [saved, setSaved] = useState(false);
  const onSubmit = handleSubmit(async (values) => {
    setSaved(false);
    if (applyServerResult(form, await updateSetting({ code: setting.code, companyId, value: values }))) {
      form.reset({ ...values, ...Object.fromEntries(setting.fields.filter((f) => f.kind === "secret").map((f) => [f.key, ""])) });
      setSaved(true);
    }
  });
  const headingId = `setting-${setting.code}`;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white shadow-xs">
      <header className="flex flex-wrap items-start justify-between gap-3 border-b border-slate-100 px-4 py-3">
        <div>
          <h3 id={headingId} className="text-sm font-semibold text-slate-900">{setting.title}</h3>
          <p className="mt-0.5 font-mono text-xs text-slate-500">{setting.code} · {setting.module}</p>
        </div>
        {setting.configured
          ? <span className="text-xs text-slate-500">Atualizado em {setting.updatedLabel}</span>
          : <Badge tone="amber">Não configurado — usando o padrão</Badge>}
      </header>
      <form onSubmit={onSubmit} className="space-y-4 p-4" noValidate>
        <p className="text-sm text-slate-600">{setting.description}</p>
        <FormError message={errors.root?.server?.message} />
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {setting.fields.map((field) => (
            <SettingInput key={field.key} field={field} form={form} masked={String(setting.value[field.key] ?? "")} options={options} />
          ))}
        </div>
        <div className="flex items-center justify-end gap-3">
          {saved && <span role="status" className="text-sm text-emerald-700">Parâmetro salvo.</span>}
          <Button type="submit" busy={isSubmitting}>Salvar</Button>
        </div>
      </form>
    </section>
  );
}

function SettingInput({ field, form, masked, options }: {
  field: SettingField; form: UseFormReturn<FieldValues>; masked: string; options: SettingFormOptions;
}) {
  const { register, formState: { errors } } = form;
  const error = errors[field.key]?.message as string | undefined;
  if (field.kind === "boolean") {
    return (
      <div className="flex flex-col justify-end sm:col-span-2 lg:col-span-3">
        <Checkbox label={field.label} {...register(field.key)} />
        {error && <p className="text-sm text-red-600">{error}</p>}
        {field.hint && <p className="text-xs text-slate-500">{field.hint}</p>}
      </div>
    );
  }
  const hint = field.kind === "secret" && masked ? "Deixe em branco para manter." : field.hint;
  return (
    <Field label={field.label} error={error} hint={hint}>
      {(p) => {
        switch (field.kind) {
          case "secret":
            return <Input {...p} {...register(field.key)} type="password" placeholder={masked || undefined} autoComplete="new-password" />;
          case "number":
            return <Input {...p} {...register(field.key, { valueAsNumber: true })} type="number" inputMode="decimal" />;
          case "time":
            // Text, not type="time": the browser would show 12-hour clocks in some locales.
            return <Input {...p} {...register(field.key)} placeholder="HH:MM" inputMode="numeric" maxLength={5} className="font-mono" />;
          case "phoneType":
            return <ReferenceSelect p={p} form={form} name={field.key} choices={options.phoneTypes} missing="tipo não cadastrado" />;
          case "additionalField":
            return <ReferenceSelect p={p} form={form} name={field.key} choices={options.additionalFields} missing="campo não cadastrado" />;
          default:
            return <Input {...p} {...register(field.key)} />;
        }
      }}
    </Field>
  );
}

/** A select of codes that still shows a stored code whose record no longer exists, so the admin sees what to fix. */
function ReferenceSelect({ p, form, name, choices, missing }: {
  p: { id: string }; form: UseFormReturn<FieldValues>; name: string; choices: Option[]; missing: string;
}) {
  const current = String(form.getValues(name) ?? "");
  const known = choices.some((c) => c.code === current);
  return (
    <Select {...p} {...form.register(name)}>
      <option value="">Selecione…</option>
      {current && !known && <option value={current}>{current} ({missing})</option>}
      {choices.map((c) => <option key={c.code} value={c.code}>{c.code} · {c.label}</option>)}
    </Select>
  );
}
