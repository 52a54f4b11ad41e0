"use client";
import { useState, useTransition } from "react";
import { useForm, type FieldValues } from "react-hook-form";
import { updateSetting } from "@/app/(admin)/admin/parameters/actions";
import { testRdConnection } from "@/app/(admin)/integrations/rd-conversas/actions";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { Field, FormError, Input, Select } from "@/components/ui/field";
import { applyServerResult } from "@/components/ui/use-server-form";

export type RdGeneralConfigView = {
  code: string; configured: boolean; updatedLabel: string | null; maskedToken: string;
  additionalFieldCode: string; chipNumber: string; daysAhead: number;
};

type Outcome = { ok: boolean; text: string } | null;

/** "Configurações gerais": edits DS_LST_CONFIG_RDCONVERSAS itself (validated, chip resolved and audited by settings.update). */
export function GeneralConfigForm({ config, additionalFields, sandboxHint }: {
  config: RdGeneralConfigView; additionalFields: { code: string; label: string }[]; sandboxHint: boolean;
}) {
  const form = useForm<FieldValues>({
    defaultValues: {
      DS_TOKEN_RDCONVERSAS: "", CD_CAMPO_ADIC_PESRDCONV: config.additionalFieldCode,
      NR_CHIP_RDCONVERSAS: config.chipNumber, QT_DIAS_AVISO_VENC: config.daysAhead,
    },
  });
  const { register, handleSubmit, getValues, clearErrors, setError, formState: { errors, isSubmitting } } = form;
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [testing, startTest] = useTransition();
  const error = (key: string) => errors[key]?.message as string | undefined;
  const knownField = additionalFields.some((f) => f.code === config.additionalFieldCode);

  const onSubmit = handleSubmit(async (values) => {
    setOutcome(null);
    if (applyServerResult(form, await updateSetting({ code: config.code, value: values }))) {
      form.reset({ ...values, DS_TOKEN_RDCONVERSAS: "" });
      setOutcome({ ok: true, text: "Configuração salva." });
    }
  });

  const onTest = () => startTest(async () => {
    clearErrors();
    const result = await testRdConnection({ token: getValues("DS_TOKEN_RDCONVERSAS"), chipNumber: getValues("NR_CHIP_RDCONVERSAS") });
    if (result.ok) {
      setOutcome({ ok: true, text: result.data.message });
      return;
    }
    const tokenError = result.fieldErrors.DS_TOKEN_RDCONVERSAS?.[0];
    if (tokenError) setError("DS_TOKEN_RDCONVERSAS", { type: "server", message: tokenError });
    setOutcome({ ok: false, text: result.error });
  });

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {config.configured ? (
        <p className="text-xs text-slate-500">Parâmetro {config.code} · atualizado em {config.updatedLabel}</p>
      ) : (
        <div className="space-y-1 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <p><Badge tone="amber">Não configurado</Badge> O RD Conversas ainda não foi configurado: informe o token e o chip e salve.</p>
          {sandboxHint && <p className="text-xs">Sandbox: token <code>sandbox-token-rd</code>, chip (11) 99999-0001</p>}
        </div>
      )}
      <FormError message={errors.root?.server?.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Token (DS_TOKEN_RDCONVERSAS)" error={error("DS_TOKEN_RDCONVERSAS")} hint={config.maskedToken ? "Deixe em branco para manter." : undefined}>
          {(p) => <Input {...p} {...register("DS_TOKEN_RDCONVERSAS")} type="password" placeholder={config.maskedToken || undefined} autoComplete="new-password" />}
        </Field>
        <Field label="Campo adicional do ID (CD_CAMPO_ADIC_PESRDCONV)" error={error("CD_CAMPO_ADIC_PESRDCONV")} hint="Campo de PESFL101 que guarda o ID do contato no RD Conversas.">
          {(p) => (
            <Select {...p} {...register("CD_CAMPO_ADIC_PESRDCONV")}>
              <option value="">Selecione…</option>
              {config.additionalFieldCode && !knownField && <option value={config.additionalFieldCode}>{config.additionalFieldCode} (campo não cadastrado)</option>}
              {additionalFields.map((f) => <option key={f.code} value={f.code}>{f.code} · {f.label}</option>)}
            </Select>
          )}
        </Field>
        <Field label="Número do chip (NR_CHIP_RDCONVERSAS)" error={error("NR_CHIP_RDCONVERSAS")} hint="Com DDD, ex.: (11) 99999-0001.">
          {(p) => <Input {...p} {...register("NR_CHIP_RDCONVERSAS")} inputMode="tel" />}
        </Field>
        <Field label="Dias de antecedência do aviso (QT_DIAS_AVISO_VENC)" error={error("QT_DIAS_AVISO_VENC")} hint="2 em 23/05 ⇒ títulos que vencem em 25/05.">
          {(p) => <Input {...p} {...register("QT_DIAS_AVISO_VENC", { valueAsNumber: true })} type="number" min={0} max={60} inputMode="numeric" />}
        </Field>
      </div>
      <div className="flex flex-wrap items-center justify-end gap-3">
        {outcome && <span role="status" className={outcome.ok ? "text-sm text-emerald-700" : "text-sm text-red-600"}>{outcome.text}</span>}
        <Button type="button" variant="secondary" busy={testing} onClick={onTest}>Testar conexão</Button>
        <Button type="submit" busy={isSubmitting}>Salvar</Button>
      </div>
    </form>
  );
}
