"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { saveUser } from "@/app/(admin)/admin/users/actions";
import { CompanyCheckboxes } from "@/components/ui/company-checkboxes";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, FormError, Input, Select } from "@/components/ui/field";
import { applyServerResult } from "@/components/ui/use-server-form";
import type { CompanyRef } from "@/lib/core/ctx";
import { ROLE_LABELS, USER_ROLES, userSchema, type UserInput } from "@/lib/users/schemas";

const empty: UserInput = { name: "", email: "", role: "operator", password: "", companyIds: [] };

/**
 * Create or edit a user. `companies` are the active ones the signed-in admin may grant; `inactiveCompanyCodes`
 * are the user's grants to inactive companies, which the server keeps.
 */
export function UserForm({ user, companies, inactiveCompanyCodes = [] }: {
  user?: Omit<UserInput, "password">; companies: CompanyRef[]; inactiveCompanyCodes?: string[];
}) {
  const [open, setOpen] = useState(false);
  const initial = user ? { ...user, password: "" } : empty;
  const form = useForm<UserInput>({ resolver: zodResolver(userSchema), defaultValues: initial });
  const { register, control, handleSubmit, formState: { errors, isSubmitting } } = form;
  const onSubmit = handleSubmit(async (values) => {
    if (applyServerResult(form, await saveUser(user ? { ...values, password: undefined } : values))) {
      setOpen(false);
      if (!user) form.reset(empty);
    }
  });
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => { setOpen(o); if (o) form.reset(initial); }}
      title={user ? `Editar usuário ${user.name}` : "Novo usuário"}
      trigger={<Button type="button" variant={user ? "secondary" : "primary"} size={user ? "sm" : "md"}>{user ? "Editar" : "Novo usuário"}</Button>}
    >
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <FormError message={errors.root?.server?.message} />
        <Field label="Nome" error={errors.name?.message}>{(p) => <Input {...p} {...register("name")} autoComplete="off" />}</Field>
        <Field label="E-mail" error={errors.email?.message} hint="Usado para entrar no Recado.">
          {(p) => <Input {...p} {...register("email")} type="email" autoComplete="off" />}
        </Field>
        <div className="grid grid-cols-2 gap-3">
          <Field label="Perfil" error={errors.role?.message} hint="Administradores configuram; operadores trabalham no dia a dia.">
            {(p) => (
              <Select {...p} {...register("role")}>
                {USER_ROLES.map((role) => <option key={role} value={role}>{ROLE_LABELS[role]}</option>)}
              </Select>
            )}
          </Field>
          {!user && (
            <Field label="Senha inicial" error={errors.password?.message} hint="Mínimo de 8 caracteres.">
              {(p) => <Input {...p} {...register("password")} type="password" autoComplete="new-password" />}
            </Field>
          )}
        </div>
        <Controller
          control={control}
          name="companyIds"
          render={({ field }) => (
            <fieldset className="space-y-2" aria-describedby={errors.companyIds ? "user-companies-error" : undefined}>
              <legend className="text-sm font-medium text-slate-700">Empresas liberadas</legend>
              <CompanyCheckboxes companies={companies} value={field.value} onChange={field.onChange} />
              {errors.companyIds && <p id="user-companies-error" className="text-sm text-red-600">{errors.companyIds.message}</p>}
              {inactiveCompanyCodes.length > 0 && (
                <p className="text-xs text-slate-500">Também tem acesso às empresas inativas {inactiveCompanyCodes.join(", ")}: esse acesso é mantido.</p>
              )}
            </fieldset>
          )}
        />
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => setOpen(false)}>Cancelar</Button>
          <Button type="submit" busy={isSubmitting}>Salvar</Button>
        </div>
      </form>
    </Dialog>
  );
}
