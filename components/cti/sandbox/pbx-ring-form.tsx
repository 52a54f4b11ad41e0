"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ringSandboxExtension } from "@/app/(admin)/admin/sandbox/pbx/actions";
import { Button } from "@/components/ui/button";
import { Field, FormError, Input } from "@/components/ui/field";
import { applyServerResult } from "@/components/ui/use-server-form";
import { pbxRingSchema, type PbxRingInput } from "@/lib/cti/pbx/sandbox-schemas";

/** Rings an extension as an inbound call; the optional fields become associatedData (crm=..;erp=..;doc=..;nome=..). */
export function PbxRingForm({ extensions }: { extensions: string[] }) {
  const [rung, setRung] = useState<string>();
  const form = useForm<PbxRingInput>({
    resolver: zodResolver(pbxRingSchema),
    defaultValues: { extension: extensions[0] ?? "", from: "", crm: "", erp: "", doc: "", nome: "" },
  });
  const { register, handleSubmit, formState: { errors, isSubmitting } } = form;
  const onSubmit = handleSubmit(async (values) => {
    setRung(undefined);
    const result = await ringSandboxExtension(values);
    if (applyServerResult(form, result) && result.ok) setRung(`Chamada ${result.data.callId} tocando no ramal ${values.extension}.`);
  });
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <FormError message={errors.root?.server?.message} />
      {rung && <div role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">{rung}</div>}
      <div className="grid grid-cols-2 gap-3">
        <Field label="Ramal" error={errors.extension?.message}>
          {(p) => <Input {...p} {...register("extension")} list="pbx-extensions" inputMode="numeric" placeholder="2001" />}
        </Field>
        <Field label="Número de origem" error={errors.from?.message}>
          {(p) => <Input {...p} {...register("from")} inputMode="tel" placeholder="(11) 98765-4321" />}
        </Field>
      </div>
      <datalist id="pbx-extensions">{extensions.map((e) => <option key={e} value={e} />)}</datalist>
      <p className="text-xs text-slate-500">Dados associados (opcionais), como viriam de uma lista de discagem:</p>
      <div className="grid grid-cols-2 gap-3">
        <Field label="Código CRM" error={errors.crm?.message}>{(p) => <Input {...p} {...register("crm")} />}</Field>
        <Field label="Código ERP" error={errors.erp?.message}>{(p) => <Input {...p} {...register("erp")} />}</Field>
      </div>
      <Field label="CPF/CNPJ" error={errors.doc?.message}>{(p) => <Input {...p} {...register("doc")} inputMode="numeric" />}</Field>
      <Field label="Nome / razão social" error={errors.nome?.message}>{(p) => <Input {...p} {...register("nome")} />}</Field>
      <div className="flex justify-end">
        <Button type="submit" busy={isSubmitting}>Tocar ramal</Button>
      </div>
    </form>
  );
}
