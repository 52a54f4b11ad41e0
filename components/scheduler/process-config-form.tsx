"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { Controller, useForm, type Path } from "react-hook-form";
import { saveProcessConfig } from "@/app/(admin)/scheduler/actions";
import { CompanyCheckboxes } from "@/components/ui/company-checkboxes";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Checkbox, Field, FormError, Input, Select } from "@/components/ui/field";
import { applyServerResult } from "@/components/ui/use-server-form";
import type { CompanyRef } from "@/lib/core/ctx";
import type { ProcessOption } from "@/lib/scheduler/process-options";
import { formatSaoPauloLocal } from "@/lib/scheduler/sao-paulo-time";
import { CRON_FIELDS } from "@/lib/scheduler/schedule";
import { FREQUENCY_LABELS, processConfigSchema, type ProcessConfigInput } from "@/lib/scheduler/schemas";
import { NextRunsPreview } from "./next-runs-preview";

const defaultParams = (process?: ProcessOption) =>
  Object.fromEntries((process?.params ?? []).map((p) => [p.key, p.defaultValue ?? (p.kind === "boolean" ? false : "")]));

/** Next full hour in São Paulo: a start that is in the future when the form opens. */
const nextHour = () => formatSaoPauloLocal(new Date(Math.ceil((Date.now() + 60_000) / 3_600_000) * 3_600_000));

function emptyConfig(processes: ProcessOption[]): ProcessConfigInput {
  const first = processes[0];
  return {
    description: "", processType: first?.type ?? "", processCode: first?.code ?? "", companyIds: [], groupCompanies: false,
    frequency: "daily", startAt: nextHour(), cronMinute: "*", cronHour: "*", cronDayOfMonth: "*", cronMonth: "*", cronDayOfWeek: "*",
    params: defaultParams(first), externalAgent: "", active: true,
  };
}

/** GERFP095 "Nova configuração" / edit: companies, process, frequency with cron fields, start, parameters, next 5 runs live. */
export function ProcessConfigForm({ config, processes, companies, loggedCompany }: {
  config?: ProcessConfigInput & { id: number }; processes: ProcessOption[]; companies: CompanyRef[]; loggedCompany: string;
}) {
  const [open, setOpen] = useState(false);
  const initial = () => config ?? emptyConfig(processes);
  const form = useForm<ProcessConfigInput>({ resolver: zodResolver(processConfigSchema), defaultValues: initial() });
  const { register, control, handleSubmit, watch, setValue, formState: { errors, isSubmitting } } = form;
  const types = [...new Set(processes.map((p) => p.type))];
  const processType = watch("processType");
  const process = processes.find((p) => p.code === watch("processCode"));
  const frequency = watch("frequency");
  const onSubmit = handleSubmit(async (values) => {
    if (applyServerResult(form, await saveProcessConfig({ ...values, id: config?.id }))) setOpen(false);
  });
  const chooseProcess = (code: string) => {
    setValue("processCode", code);
    setValue("params", defaultParams(processes.find((p) => p.code === code)));
  };
  return (
    <Dialog
      wide
      open={open}
      onOpenChange={(o) => { setOpen(o); if (o) form.reset(initial()); }}
      title={config ? `Editar configuração #${config.id}` : "Nova configuração"}
      description="Processo em segundo plano executado pelo processo jobs nos horários definidos (horário de Brasília)."
      trigger={<Button type="button" variant={config ? "secondary" : "primary"}>{config ? "Editar" : "Nova configuração"}</Button>}
    >
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <FormError message={errors.root?.server?.message} />
        <Controller
          control={control}
          name="companyIds"
          render={({ field }) => (
            <fieldset className="space-y-1">
              <legend className="text-sm font-medium text-slate-700">Empresas</legend>
              <CompanyCheckboxes companies={companies} value={field.value} onChange={field.onChange} columns={3} />
              <p className="text-xs text-slate-500">Nenhuma marcada: a empresa logada ({loggedCompany}).</p>
            </fieldset>
          )}
        />
        <div className="grid gap-3 sm:grid-cols-3">
          <Field label="Tipo de processo" error={errors.processType?.message}>
            {(p) => (
              <Select {...p} {...register("processType", {
                onChange: (e) => chooseProcess(processes.find((x) => x.type === e.target.value)?.code ?? ""),
              })}>
                {types.map((type) => <option key={type} value={type}>{type}</option>)}
              </Select>
            )}
          </Field>
          <Field label="Processo" error={errors.processCode?.message} className="sm:col-span-2">
            {(p) => (
              <Select {...p} {...register("processCode", { onChange: (e) => chooseProcess(e.target.value) })}>
                {processes.filter((x) => x.type === processType).map((x) => <option key={x.code} value={x.code}>{x.name}</option>)}
              </Select>
            )}
          </Field>
        </div>
        {process?.mustFollow && (
          <p className="text-xs text-amber-700">
            Este processo deve executar pelo menos {process.mustFollow.minMinutes} minutos depois de
            “{processes.find((x) => x.code === process.mustFollow!.process)?.name ?? process.mustFollow.process}”.
          </p>
        )}
        <Field label="Descrição" error={errors.description?.message} hint="Opcional: em branco, o nome do processo.">
          {(p) => <Input {...p} {...register("description")} />}
        </Field>
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-slate-700">Tipo de frequência</legend>
          <div className="flex gap-4">
            {(Object.keys(FREQUENCY_LABELS) as (keyof typeof FREQUENCY_LABELS)[]).map((f) => (
              <label key={f} className="inline-flex items-center gap-2 text-sm text-slate-700">
                <input type="radio" value={f} {...register("frequency")} className="accent-brand-600" />
                {FREQUENCY_LABELS[f]}
              </label>
            ))}
          </div>
        </fieldset>
        {frequency === "cron" && (
          <div className="grid gap-3 sm:grid-cols-5">
            {CRON_FIELDS.map((f) => (
              <Controller
                key={f.key}
                control={control}
                name={f.key}
                render={({ field }) => (
                  <Field label={f.label} error={errors[f.key]?.message} hint={`${f.min}–${f.max}${"hint" in f ? ` (${f.hint})` : ""}`}>
                    {(p) => (
                      <div className="space-y-1">
                        <Input {...p} value={field.value} onChange={field.onChange} onBlur={field.onBlur} disabled={field.value === "*"} placeholder="ex.: 1-5" />
                        <Checkbox label="Todos" aria-label={`${f.label}: Todos`} checked={field.value === "*"} onChange={(e) => field.onChange(e.target.checked ? "*" : "")} />
                      </div>
                    )}
                  </Field>
                )}
              />
            ))}
          </div>
        )}
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label="Data/hora início" error={errors.startAt?.message}
            hint={frequency === "daily" ? "As execuções diárias usam esta mesma hora." : "Horário de Brasília; deve ser no futuro."}>
            {(p) => <Input {...p} {...register("startAt")} type="datetime-local" />}
          </Field>
          <Field label="Agente externo" error={errors.externalAgent?.message} hint="Opcional.">
            {(p) => <Input {...p} {...register("externalAgent")} />}
          </Field>
        </div>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-700">Parâmetros</legend>
          <Checkbox label="Agrupar empresas (IN_AGRUPAFILTROEMP): uma execução para todas as empresas" {...register("groupCompanies")} />
          {process?.params.map((param) => {
            const name = `params.${param.key}` as Path<ProcessConfigInput>;
            const error = (errors.params as Record<string, { message?: string }> | undefined)?.[param.key]?.message;
            if (param.kind === "boolean") {
              return (
                <div key={param.key}>
                  <Checkbox label={param.label} {...register(name)} />
                  {error && <p className="text-sm text-red-600">{error}</p>}
                </div>
              );
            }
            return (
              <Field key={param.key} label={param.label} error={error}>
                {(p) => <Input {...p} {...register(name, param.kind === "number" ? { valueAsNumber: true } : {})} type={param.kind === "number" ? "number" : "text"} />}
              </Field>
            );
          })}
        </fieldset>
        <NextRunsPreview control={control} />
        <Checkbox label="Ativa" {...register("active")} />
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => setOpen(false)}>Cancelar</Button>
          <Button type="submit" busy={isSubmitting}>Salvar</Button>
        </div>
      </form>
    </Dialog>
  );
}
