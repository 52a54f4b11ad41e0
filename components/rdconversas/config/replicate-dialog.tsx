"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { replicateRdMessage } from "@/app/(admin)/integrations/rd-conversas/actions";
import { Button } from "@/components/ui/button";
import { CompanyCheckboxes } from "@/components/ui/company-checkboxes";
import { Dialog } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/field";
import { applyServerResult } from "@/components/ui/use-server-form";
import type { CompanyRef } from "@/lib/core/ctx";
import { replicateRdMessageSchema, type ReplicateRdMessageInput } from "@/lib/rdconversas/config-schemas";

type Outcome = { companyId: number; companyName: string; created: boolean; detail: string };

/** "Replicar dados": copies the message to chosen companies and says, per company, whether it was created or skipped. */
export function ReplicateDialog({ id, typeLabel, companies }: { id: number; typeLabel: string; companies: CompanyRef[] }) {
  const [open, setOpen] = useState(false);
  const [outcomes, setOutcomes] = useState<Outcome[]>();
  const initial = { id, companyIds: [] };
  const form = useForm<ReplicateRdMessageInput>({ resolver: zodResolver(replicateRdMessageSchema), defaultValues: initial });
  const { control, handleSubmit, formState: { errors, isSubmitting } } = form;
  const onSubmit = handleSubmit(async (values) => {
    const result = await replicateRdMessage(values);
    if (applyServerResult(form, result) && result.ok) setOutcomes(result.data.outcomes);
  });
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => { setOpen(next); setOutcomes(undefined); if (next) form.reset(initial); }}
      title={`Replicar dados: ${typeLabel}`}
      description="Cria a mesma mensagem (template, chip, campos e situação) nas empresas escolhidas. Empresas que já têm este tipo são ignoradas."
      trigger={<Button type="button" variant="secondary" size="sm">Replicar dados</Button>}
    >
      {outcomes ? (
        <div className="space-y-4">
          <ul className="space-y-1 text-sm" role="status">
            {outcomes.map((o) => (
              <li key={o.companyId} className={o.created ? "text-emerald-700" : "text-amber-700"}>
                <strong>{o.companyName}</strong>: {o.detail}
              </li>
            ))}
          </ul>
          <div className="flex justify-end"><Button type="button" onClick={() => setOpen(false)}>Fechar</Button></div>
        </div>
      ) : companies.length === 0 ? (
        <p className="text-sm text-slate-600">Você não tem acesso a outras empresas.</p>
      ) : (
        <form onSubmit={onSubmit} className="space-y-4" noValidate>
          <FormError message={errors.root?.server?.message} />
          <Controller
            control={control}
            name="companyIds"
            render={({ field }) => <CompanyCheckboxes companies={companies} value={field.value} onChange={field.onChange} />}
          />
          {errors.companyIds?.message && <p className="text-sm text-red-600">{errors.companyIds.message}</p>}
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => setOpen(false)}>Cancelar</Button>
            <Button type="submit" busy={isSubmitting}>Replicar</Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
