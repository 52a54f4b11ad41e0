"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { setSandboxPbxFailures } from "@/app/(admin)/admin/sandbox/pbx/actions";
import { Button } from "@/components/ui/button";
import { Field, FormError, Input } from "@/components/ui/field";
import { applyServerResult } from "@/components/ui/use-server-form";
import { CTI_RETURN_CODES } from "@/lib/cti/return-codes";
import { PBX_COMMANDS, pbxFailuresSchema, type PbxFailuresInput } from "@/lib/cti/pbx/sandbox-schemas";

const none = Object.fromEntries(PBX_COMMANDS.map((c) => [c, ""])) as PbxFailuresInput;
const codes = Object.entries(CTI_RETURN_CODES).filter(([code]) => code !== "0").map(([code, text]) => `${code} = ${text}`).join("; ");

/** Per command, the return code the PBX answers instead of running it (blank: runs normally). */
export function PbxFailuresForm({ failures }: { failures: PbxFailuresInput }) {
  const [saved, setSaved] = useState(false);
  const form = useForm<PbxFailuresInput>({ resolver: zodResolver(pbxFailuresSchema), defaultValues: failures });
  const { register, handleSubmit, formState: { errors, isSubmitting } } = form;
  const onSubmit = handleSubmit(async (values) => {
    setSaved(false);
    if (applyServerResult(form, await setSandboxPbxFailures(values))) {
      form.reset(values);
      setSaved(true);
    }
  });
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <FormError message={errors.root?.server?.message} />
      {saved && <div role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">Falhas aplicadas aos próximos comandos.</div>}
      <p className="text-xs text-slate-500">Códigos: {codes}. Em branco, o comando funciona.</p>
      <div className="grid grid-cols-2 gap-3">
        {PBX_COMMANDS.map((command) => (
          <Field key={command} label={command} error={errors[command]?.message}>
            {(p) => <Input {...p} {...register(command, { onChange: () => setSaved(false) })} inputMode="numeric" placeholder="—" />}
          </Field>
        ))}
      </div>
      <div className="flex justify-end gap-2">
        <Button type="button" variant="secondary" onClick={() => { form.reset(none); setSaved(false); }}>Limpar campos</Button>
        <Button type="submit" busy={isSubmitting}>Aplicar falhas</Button>
      </div>
    </form>
  );
}
