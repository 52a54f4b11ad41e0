"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { resetUserPassword } from "@/app/(admin)/admin/users/actions";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Checkbox, Field, FormError, Input } from "@/components/ui/field";
import { applyServerResult } from "@/components/ui/use-server-form";
import { resetPasswordSchema, type ResetPasswordInput } from "@/lib/users/schemas";

/** The admin types the new password and tells it to the user; nothing is e-mailed. */
export function UserPasswordForm({ id, name }: { id: number; name: string }) {
  const [open, setOpen] = useState(false);
  const [visible, setVisible] = useState(false);
  const form = useForm<ResetPasswordInput>({ resolver: zodResolver(resetPasswordSchema), defaultValues: { id, password: "" } });
  const { register, handleSubmit, formState: { errors, isSubmitting } } = form;
  const onSubmit = handleSubmit(async (values) => {
    if (applyServerResult(form, await resetUserPassword(values))) setOpen(false);
  });
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => { setOpen(o); if (o) { form.reset({ id, password: "" }); setVisible(false); } }}
      title="Redefinir senha"
      description={<>Nova senha de <strong>{name}</strong>. A senha atual deixa de valer.</>}
      trigger={<Button type="button" variant="secondary" size="sm">Redefinir senha</Button>}
    >
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <FormError message={errors.root?.server?.message} />
        <Field label="Nova senha" error={errors.password?.message} hint="Mínimo de 8 caracteres.">
          {(p) => <Input {...p} {...register("password")} type={visible ? "text" : "password"} autoComplete="new-password" />}
        </Field>
        <Checkbox label="Mostrar senha" checked={visible} onChange={(e) => setVisible(e.target.checked)} />
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => setOpen(false)}>Cancelar</Button>
          <Button type="submit" busy={isSubmitting}>Redefinir senha</Button>
        </div>
      </form>
    </Dialog>
  );
}
