"use client";
import { saveCtiOperation } from "@/app/(admin)/cti/manager/actions";
import { Checkbox, Field, Input } from "@/components/ui/field";
import { FormDialog, FormDialogTrigger, useDialogForm } from "@/components/ui/form-dialog";
import { ctiOperationSchema, operationNameFromCode, type CtiOperationInput } from "@/lib/cti/manager-schemas";

const empty: CtiOperationInput = { code: "", name: "", url: "", takesInput: false };

/** Add or edit a custom operation; built-in ones never reach this form. */
export function CtiOperationForm({ operation }: { operation?: CtiOperationInput }) {
  const { form, open, onOpenChange, onSubmit } = useDialogForm(ctiOperationSchema, operation ?? empty, saveCtiOperation, !operation);
  const { register, watch, formState: { errors, isSubmitting } } = form;
  const suggestedName = operationNameFromCode(watch("code") ?? "");
  return (
    <FormDialog
      title={operation ? `Editar operação ${operation.code}` : "Nova operação"}
      trigger={<FormDialogTrigger editing={Boolean(operation)} newLabel="Nova operação" />}
      open={open} onOpenChange={onOpenChange} onSubmit={onSubmit} error={errors.root?.server?.message} submitting={isSubmitting} wide
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Código" error={errors.code?.message} hint="Letras minúsculas, dígitos e _, ex.: abrir_pedido.">
          {(p) => <Input {...p} {...register("code")} autoComplete="off" />}
        </Field>
        <Field label="Nome" error={errors.name?.message} hint="Em branco, usa o código em forma legível.">
          {(p) => <Input {...p} {...register("name")} placeholder={suggestedName || "Abrir pedido"} />}
        </Field>
      </div>
      <Field
        label="URL"
        error={errors.url?.message}
        hint={<>Endereço http(s) ou caminho do Recado começando com /. O código solicitado substitui :detail_code; a URL recebe num_id_pessoa, cod_pessoa_erp, num_id_contato, cod_pessoa_erp_contato e detail_code.</>}
      >
        {(p) => <Input {...p} {...register("url")} placeholder="https://erp.exemplo.com.br/pedidos/:detail_code" autoComplete="off" />}
      </Field>
      <Checkbox label="Solicita código ao executar" {...register("takesInput")} />
    </FormDialog>
  );
}
