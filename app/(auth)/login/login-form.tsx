"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormError, Input } from "@/components/ui/field";
import { login, type LoginState } from "./actions";

export function LoginForm({ callbackUrl, notice }: { callbackUrl?: string; notice?: string }) {
  const [state, action, pending] = useActionState<LoginState, FormData>(login, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      {notice && !state.error && <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">{notice}</p>}
      <FormError message={state.error} />
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? "/"} />
      <Field label="E-mail">
        {(p) => <Input {...p} name="email" type="email" autoComplete="username" defaultValue={state.email} autoFocus />}
      </Field>
      <Field label="Senha">
        {(p) => <Input {...p} name="password" type="password" autoComplete="current-password" />}
      </Field>
      <Button type="submit" className="w-full" busy={pending}>Entrar</Button>
    </form>
  );
}
