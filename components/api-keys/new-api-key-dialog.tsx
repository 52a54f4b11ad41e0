"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { createApiKey } from "@/app/(admin)/admin/api-keys/actions";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, FormError, Input } from "@/components/ui/field";
import { applyServerResult } from "@/components/ui/use-server-form";
import { createApiKeySchema, type CreateApiKeyInput } from "@/lib/api-keys/schemas";
import { CopyKey } from "./copy-key";

const empty: CreateApiKeyInput = { name: "" };

/** "Nova chave": asks for a name, then shows the full key once (it is not stored and cannot be shown again). */
export function NewApiKeyDialog() {
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const form = useForm<CreateApiKeyInput>({ resolver: zodResolver(createApiKeySchema), defaultValues: empty });
  const { register, formState: { errors, isSubmitting } } = form;
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await createApiKey(values);
    if (applyServerResult(form, result) && result.ok) setCreated({ name: result.data.name, key: result.data.key });
  });
  const onOpenChange = (next: boolean) => {
    setOpen(next);
    // Closing forgets the key: it lives only in this dialog.
    if (!next) setCreated(null);
    form.reset(empty);
  };
  return (
    <Dialog
      open={open} onOpenChange={onOpenChange}
      title={created ? `Chave criada: ${created.name}` : "Nova chave de API"}
      trigger={<Button type="button">Nova chave</Button>}
    >
      {created ? (
        <div className="space-y-4">
          <p role="alert" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            Copie a chave agora e guarde-a no ERP: <strong>ela não será exibida novamente</strong>. Se perdê-la, revogue esta e crie outra.
          </p>
          <CopyKey value={created.key} />
          <div className="flex justify-end">
            <Button type="button" onClick={() => onOpenChange(false)}>Concluir</Button>
          </div>
        </div>
      ) : (
        <form onSubmit={onSubmit} className="space-y-4" noValidate>
          <FormError message={errors.root?.server?.message} />
          <Field label="Nome" error={errors.name?.message} hint="Para reconhecer quem usa a chave, ex.: ERP produção.">
            {(p) => <Input {...p} {...register("name")} autoComplete="off" />}
          </Field>
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => onOpenChange(false)}>Cancelar</Button>
            <Button type="submit" busy={isSubmitting}>Criar chave</Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
