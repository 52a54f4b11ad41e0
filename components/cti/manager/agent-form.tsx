"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { saveCtiAgent } from "@/app/(admin)/cti/manager/actions";
import { Button } from "@/components/ui/button";
import { Field, FormError, Input } from "@/components/ui/field";
import { applyServerResult } from "@/components/ui/use-server-form";
import { ctiAgentSchema, type CtiAgentInput } from "@/lib/cti/manager-schemas";

/** The user's own Smart CTI identity, edited in place (no dialog: it is the card's whole content). */
export function CtiAgentForm({ agent }: { agent: CtiAgentInput }) {
  const form = useForm<CtiAgentInput>({ resolver: zodResolver(ctiAgentSchema), defaultValues: agent });
  const { register, formState: { errors, isSubmitting } } = form;
  const [saved, setSaved] = useState(false);
  const onSubmit = form.handleSubmit(async (values) => {
    setSaved(false);
    if (applyServerResult(form, await saveCtiAgent(values))) {
      form.reset(values);
      setSaved(true);
    }
  });
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormError message={errors.root?.server?.message} />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label="Login do agente" error={errors.agentLogin?.message}>{(p) => <Input {...p} {...register("agentLogin")} autoComplete="off" />}</Field>
        <Field label="Ramal" error={errors.extension?.message} hint="Apenas dígitos, ex.: 2001.">
          {(p) => <Input {...p} {...register("extension")} inputMode="numeric" autoComplete="off" />}
        </Field>
        <Field label="Grupo" error={errors.groupId?.message}>{(p) => <Input {...p} {...register("groupId")} autoComplete="off" />}</Field>
      </div>
      <div className="flex items-center justify-end gap-3">
        {saved && <p role="status" className="text-sm text-emerald-700">Dados do agente salvos.</p>}
        <Button type="submit" busy={isSubmitting}>Salvar</Button>
      </div>
    </form>
  );
}
