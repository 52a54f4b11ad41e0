"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { setSandboxFaults } from "@/app/(admin)/admin/sandbox/faults/actions";
import { Button } from "@/components/ui/button";
import { Checkbox, Field, FormError, Input, inputClass } from "@/components/ui/field";
import { applyServerResult } from "@/components/ui/use-server-form";
import { sandboxFaultsSchema, type SandboxFaultsInput } from "@/lib/sandbox/schemas";

const none: SandboxFaultsInput = {
  latencyMs: 0, percent5xx: 0, percent429: 0, retryAfterSeconds: 1, percentTimeout: 0, invalidToken: false, failingNumbers: "",
};

export function SandboxFaultsForm({ faults }: { faults: SandboxFaultsInput }) {
  const [saved, setSaved] = useState(false);
  const form = useForm<SandboxFaultsInput>({ resolver: zodResolver(sandboxFaultsSchema), defaultValues: faults });
  const { register, handleSubmit, formState: { errors, isSubmitting } } = form;
  const onSubmit = handleSubmit(async (values) => {
    setSaved(false);
    if (applyServerResult(form, await setSandboxFaults(values))) {
      form.reset(values);
      setSaved(true);
    }
  });
  const number = (name: keyof SandboxFaultsInput) => register(name, { valueAsNumber: true, onChange: () => setSaved(false) });
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormError message={errors.root?.server?.message} />
      {saved && <div role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">Falhas aplicadas: valem já para as próximas requisições.</div>}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Latência (ms)" error={errors.latencyMs?.message} hint="Espera antes de cada resposta.">
          {(p) => <Input {...p} {...number("latencyMs")} type="number" min={0} max={60000} step={1} inputMode="numeric" />}
        </Field>
        <Field label="Erros 5xx (%)" error={errors.percent5xx?.message} hint="Respostas HTTP 503: falha temporária.">
          {(p) => <Input {...p} {...number("percent5xx")} type="number" min={0} max={100} step="any" inputMode="decimal" />}
        </Field>
        <Field label="Limite 429 (%)" error={errors.percent429?.message} hint="Respostas 429 Too Many Requests.">
          {(p) => <Input {...p} {...number("percent429")} type="number" min={0} max={100} step="any" inputMode="decimal" />}
        </Field>
        <Field label="Retry-After (s)" error={errors.retryAfterSeconds?.message} hint="Tempo de espera que as respostas 429 pedem.">
          {(p) => <Input {...p} {...number("retryAfterSeconds")} type="number" min={0} max={3600} step={1} inputMode="numeric" />}
        </Field>
        <Field label="Timeouts (%)" error={errors.percentTimeout?.message} hint="Segura a requisição por 30 s e não entrega a mensagem.">
          {(p) => <Input {...p} {...number("percentTimeout")} type="number" min={0} max={100} step="any" inputMode="decimal" />}
        </Field>
        <div className="pt-6">
          <Checkbox label="Token inválido (toda chamada recebe 401)" {...register("invalidToken", { onChange: () => setSaved(false) })} />
        </div>
      </div>
      <Field
        label="Números que sempre falham"
        error={errors.failingNumbers?.message}
        hint="Um por linha. Recebem o código 301 (número inválido) do RD Conversas."
      >
        {(p) => <textarea {...p} {...register("failingNumbers", { onChange: () => setSaved(false) })} rows={4} className={inputClass} placeholder="(11) 98765-4321" />}
      </Field>
      <div className="flex justify-end gap-2">
        <Button type="button" variant="secondary" onClick={() => { form.reset(none); setSaved(false); }}>Limpar campos</Button>
        <Button type="submit" busy={isSubmitting}>Aplicar falhas</Button>
      </div>
    </form>
  );
}
