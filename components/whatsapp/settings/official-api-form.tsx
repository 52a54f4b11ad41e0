"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { saveOfficialApi } from "@/app/(admin)/whatsapp/settings/actions";
import { Button } from "@/components/ui/button";
import { Field, FormError, Input } from "@/components/ui/field";
import { applyServerResult } from "@/components/ui/use-server-form";
import { officialApiSchema, type OfficialApiForm as Values } from "@/lib/whatsapp/settings/schemas";

export type OfficialApiView = {
  configured: boolean; wabaId: string; phoneNumberId: string; maskedToken: string; maskedAppSecret: string; maskedVerifyToken: string;
};

const SECRET_FIELDS = [
  { name: "token", label: "Token de acesso", mask: "maskedToken", hint: "Token permanente do usuário do sistema (Business Manager)." },
  { name: "appSecret", label: "App secret", mask: "maskedAppSecret", hint: "Chave secreta do app: confere a assinatura X-Hub-Signature-256 dos webhooks." },
  { name: "verifyToken", label: "Verify token", mask: "maskedVerifyToken", hint: "O mesmo texto informado na Meta ao configurar o webhook." },
] as const;

type Outcome = { tone: "ok" | "warn"; text: string } | null;

/** "API oficial": Meta ids and secrets; stored secrets only appear masked and a blank field keeps them. */
export function OfficialApiForm({ official }: { official: OfficialApiView }) {
  const router = useRouter();
  const form = useForm<Values>({
    resolver: zodResolver(officialApiSchema),
    defaultValues: { wabaId: official.wabaId, phoneNumberId: official.phoneNumberId, token: "", appSecret: "", verifyToken: "" },
  });
  const { register, handleSubmit, formState: { errors, isSubmitting } } = form;
  const [outcome, setOutcome] = useState<Outcome>(null);

  const onSubmit = handleSubmit(async (values) => {
    setOutcome(null);
    const result = await saveOfficialApi(values);
    if (!applyServerResult(form, result) || !result.ok) return;
    setOutcome({ tone: result.data.webhookRegistered === false ? "warn" : "ok", text: result.data.message });
    form.reset({ ...values, token: "", appSecret: "", verifyToken: "" });
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormError message={errors.root?.server?.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="WABA id" error={errors.wabaId?.message} hint="Id da conta do WhatsApp Business (só números).">
          {(p) => <Input {...p} {...register("wabaId")} inputMode="numeric" autoComplete="off" />}
        </Field>
        <Field label="Phone number id" error={errors.phoneNumberId?.message} hint="Id do número de telefone na Meta (só números).">
          {(p) => <Input {...p} {...register("phoneNumberId")} inputMode="numeric" autoComplete="off" />}
        </Field>
        {SECRET_FIELDS.map((field) => {
          const masked = official[field.mask];
          return (
            <Field key={field.name} label={field.label} error={errors[field.name]?.message}
              hint={masked ? `Guardado: ${masked}. Deixe em branco para manter.` : field.hint}>
              {(p) => <Input {...p} {...register(field.name)} type="password" placeholder={masked || undefined} autoComplete="new-password" />}
            </Field>
          );
        })}
      </div>
      <div className="flex flex-wrap items-center justify-end gap-3">
        {outcome && (
          <span role="status" className={outcome.tone === "ok" ? "text-sm text-emerald-700" : "text-sm text-amber-800"}>{outcome.text}</span>
        )}
        <Button type="submit" busy={isSubmitting}>{official.configured ? "Salvar" : "Salvar API oficial"}</Button>
      </div>
    </form>
  );
}
