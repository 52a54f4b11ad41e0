"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { setMetaSandboxStatusOptions } from "@/app/(admin)/admin/sandbox/meta/actions";
import { Button } from "@/components/ui/button";
import { Checkbox, Field, FormError, Input } from "@/components/ui/field";
import { applyServerResult } from "@/components/ui/use-server-form";
import { metaSandboxStatusOptionsSchema, type MetaSandboxStatusOptionsInput } from "@/lib/sandbox/meta/schemas";

/** Which status callbacks follow a send ("sent", "delivered", "read") and how often they arrive out of order. */
export function MetaStatusOptionsForm({ options }: { options: MetaSandboxStatusOptionsInput }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useForm<MetaSandboxStatusOptionsInput>({ resolver: zodResolver(metaSandboxStatusOptionsSchema), defaultValues: options });
  const { register, handleSubmit, formState: { errors, isSubmitting } } = form;
  const onSubmit = handleSubmit(async (values) => {
    setSaved(false);
    if (applyServerResult(form, await setMetaSandboxStatusOptions(values))) {
      form.reset(values);
      setSaved(true);
      router.refresh();
    }
  });
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <FormError message={errors.root?.server?.message} />
      {saved && <div role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">Opções aplicadas aos próximos envios.</div>}
      <Checkbox label="O cliente lê a mensagem (status “read”)" {...register("autoRead", { onChange: () => setSaved(false) })} />
      <Field label="Status fora de ordem (%)" error={errors.shufflePercent?.message} hint="Parte dos envios cujos avisos chegam embaralhados (ex.: “delivered” depois de “read”).">
        {(p) => <Input {...p} {...register("shufflePercent", { valueAsNumber: true, onChange: () => setSaved(false) })} type="number" min={0} max={100} step="any" inputMode="decimal" />}
      </Field>
      <div className="flex justify-end">
        <Button type="submit" busy={isSubmitting}>Aplicar opções</Button>
      </div>
    </form>
  );
}
