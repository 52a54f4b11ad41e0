"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { setMetaSandboxReviewRules } from "@/app/(admin)/admin/sandbox/meta/actions";
import { Button } from "@/components/ui/button";
import { Checkbox, Field, FormError, Input, inputClass } from "@/components/ui/field";
import { applyServerResult } from "@/components/ui/use-server-form";
import { metaSandboxReviewRulesSchema, type MetaSandboxReviewRulesInput } from "@/lib/sandbox/meta/schemas";

/** When the simulator reviews new templates by itself, and which words get them rejected. */
export function MetaReviewRulesForm({ rules }: { rules: MetaSandboxReviewRulesInput }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useForm<MetaSandboxReviewRulesInput>({ resolver: zodResolver(metaSandboxReviewRulesSchema), defaultValues: rules });
  const { register, handleSubmit, watch, formState: { errors, isSubmitting } } = form;
  const onSubmit = handleSubmit(async (values) => {
    setSaved(false);
    if (applyServerResult(form, await setMetaSandboxReviewRules(values))) {
      form.reset(values);
      setSaved(true);
      router.refresh();
    }
  });
  const touched = { onChange: () => setSaved(false) };
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <FormError message={errors.root?.server?.message} />
      {saved && <div role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">Regras aplicadas aos próximos modelos enviados.</div>}
      <Checkbox label="Só revisão manual (Aprovar/Rejeitar aqui)" {...register("manualOnly", touched)} />
      <Field label="Revisar automaticamente após (s)" error={errors.delaySeconds?.message} hint="Depois desse tempo o modelo pendente é aprovado, ou rejeitado se tiver uma palavra proibida.">
        {(p) => <Input {...p} {...register("delaySeconds", { valueAsNumber: true, ...touched })} type="number" min={0} max={86400} step="any" inputMode="decimal" disabled={watch("manualOnly")} />}
      </Field>
      <Field label="Palavras que fazem rejeitar" error={errors.rejectWords?.message} hint="Uma por linha; maiúsculas e acentos não importam. Motivo: conteúdo abusivo.">
        {(p) => <textarea {...p} {...register("rejectWords", touched)} rows={3} className={inputClass} />}
      </Field>
      <div className="flex justify-end">
        <Button type="submit" busy={isSubmitting}>Aplicar regras</Button>
      </div>
    </form>
  );
}
