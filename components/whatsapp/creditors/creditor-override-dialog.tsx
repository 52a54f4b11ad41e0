"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { saveCreditorOverride } from "@/app/(admin)/whatsapp/creditors/actions";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, FormError, Select } from "@/components/ui/field";
import { applyServerResult } from "@/components/ui/use-server-form";

type Option = { id: number; name: string };
type Values = { agreementTermId: string; debtStatementId: string };

/** Credor tab: a creditor's own term and/or statement; "" keeps the account's for that field. */
export function CreditorOverrideDialog({ creditor, current, agreementTerms, debtStatements, accountNames }: {
  creditor: { id: number; name: string };
  current: { agreementTermId: number | null; debtStatementId: number | null } | null;
  agreementTerms: Option[]; debtStatements: Option[];
  accountNames: { agreementTermName: string | null; debtStatementName: string | null };
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const initial: Values = {
    agreementTermId: current?.agreementTermId ? String(current.agreementTermId) : "",
    debtStatementId: current?.debtStatementId ? String(current.debtStatementId) : "",
  };
  const form = useForm<Values>({ defaultValues: initial });
  const { register, handleSubmit, formState: { errors, isSubmitting } } = form;
  const onSubmit = handleSubmit(async (values) => {
    if (applyServerResult(form, await saveCreditorOverride({ creditorId: creditor.id, ...values }))) {
      setOpen(false);
      router.refresh();
    }
  });
  const accountLabel = (name: string | null) => `Usa o da conta${name ? ` (${name})` : " (nenhum)"}`;
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => { setOpen(next); if (next) form.reset(initial); }}
      title={`Documentos do credor ${creditor.name}`}
      description="Escolha o que vale só para este credor; o que ficar como “Usa o da conta” segue a aba Conta."
      trigger={<Button type="button" variant="secondary" size="sm">{current ? "Editar" : "Configurar"}</Button>}
    >
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <FormError message={errors.root?.server?.message} />
        <Field label="Termo de acordo" error={errors.agreementTermId?.message}>
          {(p) => (
            <Select {...p} {...register("agreementTermId")}>
              <option value="">{accountLabel(accountNames.agreementTermName)}</option>
              {agreementTerms.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
            </Select>
          )}
        </Field>
        <Field label="Demonstrativo de débito" error={errors.debtStatementId?.message} hint="Somente do tipo “Título Original”.">
          {(p) => (
            <Select {...p} {...register("debtStatementId")}>
              <option value="">{accountLabel(accountNames.debtStatementName)}</option>
              {debtStatements.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
            </Select>
          )}
        </Field>
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => setOpen(false)}>Cancelar</Button>
          <Button type="submit" busy={isSubmitting}>Salvar</Button>
        </div>
      </form>
    </Dialog>
  );
}
