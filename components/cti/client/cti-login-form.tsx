"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useForm } from "react-hook-form";
import { ctiLoginAction } from "@/app/(admin)/cti/actions";
import { Button } from "@/components/ui/button";
import { Field, FormError, Input } from "@/components/ui/field";
import { applyServerResult } from "@/components/ui/use-server-form";
import { formatDateTime } from "@/lib/br/format";
import type { CtiStateView } from "@/lib/cti/client/types";
import { ctiLoginSchema, type CtiLoginInput } from "@/lib/cti/session/schemas";
import { requestNotificationPermission } from "./ring-alerts";

/** Password-only login; login, extension and group come from the CTI manager. Offers to take over a busy extension. */
export function CtiLoginForm({ state, onDone }: { state: CtiStateView; onDone: () => void }) {
  const form = useForm<CtiLoginInput>({ resolver: zodResolver(ctiLoginSchema), defaultValues: { password: "" } });
  const { register, handleSubmit, formState: { errors, isSubmitting } } = form;
  const { agent, occupiedBy } = state;

  if (!agent) {
    return (
      <p className="text-sm text-slate-700">
        Configure seu login, ramal e grupo no{" "}
        <Link href="/cti/manager" className="font-medium text-brand-700 underline">Gerenciador CTI</Link> para entrar.
      </p>
    );
  }

  const onSubmit = handleSubmit(async (values) => {
    requestNotificationPermission();
    const result = await ctiLoginAction({ password: values.password, takeOver: occupiedBy ? true : undefined });
    // Success, or a refusal that may come from a changed extension holder: either way the state is reread.
    if (applyServerResult(form, result)) form.reset({ password: "" });
    onDone();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      {occupiedBy && (
        <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Ramal {agent.extension} em uso por {occupiedBy.name} desde {formatDateTime(new Date(occupiedBy.since))}. Assumir?
          <span className="block text-xs">Ao entrar, a sessão de {occupiedBy.name} será encerrada.</span>
        </div>
      )}
      <FormError message={errors.root?.server?.message} />
      <dl className="grid grid-cols-3 gap-2 text-sm">
        <div><dt className="text-xs text-slate-500">Login</dt><dd className="font-medium">{agent.agentLogin}</dd></div>
        <div><dt className="text-xs text-slate-500">Ramal</dt><dd className="font-medium">{agent.extension}</dd></div>
        <div><dt className="text-xs text-slate-500">Grupo</dt><dd className="font-medium">{agent.groupId}</dd></div>
      </dl>
      <p className="text-xs text-slate-500">
        Para alterar, use o <Link href="/cti/manager" className="text-brand-700 underline">Gerenciador CTI</Link>.
      </p>
      <Field label="Senha do agente" error={errors.password?.message}>
        {(p) => <Input {...p} {...register("password")} type="password" autoComplete="current-password" autoFocus />}
      </Field>
      <div className="flex justify-end">
        <Button type="submit" busy={isSubmitting}>{occupiedBy ? "Assumir e entrar" : "Entrar"}</Button>
      </div>
    </form>
  );
}
