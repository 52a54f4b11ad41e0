"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { saveApiMode } from "@/app/(admin)/whatsapp/settings/actions";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { applyServerResult } from "@/components/ui/use-server-form";
import { apiModeSchema, type ApiModeInput } from "@/lib/whatsapp/settings/schemas";

const OPTIONS: { value: ApiModeInput["apiMode"]; label: string; hint: string }[] = [
  { value: "official", label: "API oficial (Meta)", hint: "WhatsApp Cloud API: modelos de início de chat aprovados pela Meta, menu interativo." },
  { value: "unofficial", label: "API não oficial (PlugMessage)", hint: "Conexão por QR code, refeita a cada 15 dias; só texto livre e menus simples." },
];

/** "API": which WhatsApp API the company sends through. */
export function ApiModeForm({ apiMode, interactiveMenu }: { apiMode: ApiModeInput["apiMode"]; interactiveMenu: boolean }) {
  const router = useRouter();
  const form = useForm<ApiModeInput>({ resolver: zodResolver(apiModeSchema), defaultValues: { apiMode } });
  const { register, handleSubmit, watch, formState: { errors, isSubmitting, isDirty } } = form;
  const [saved, setSaved] = useState<string>();
  const chosen = watch("apiMode");

  const onSubmit = handleSubmit(async (values) => {
    setSaved(undefined);
    const result = await saveApiMode(values);
    if (!applyServerResult(form, result) || !result.ok) return;
    setSaved(result.data.message);
    form.reset(values);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormError message={errors.root?.server?.message} />
      <fieldset className="space-y-2">
        <legend className="mb-1 text-sm font-medium text-slate-700">API usada pela empresa</legend>
        {OPTIONS.map((option) => (
          <label key={option.value} className="flex items-start gap-2 text-sm text-slate-700">
            <input type="radio" value={option.value} {...register("apiMode")} className="mt-0.5 accent-brand-600" />
            <span>
              <span className="font-medium">{option.label}</span>
              <span className="block text-xs text-slate-500">{option.hint}</span>
            </span>
          </label>
        ))}
        {errors.apiMode && <p className="text-sm text-red-600">{errors.apiMode.message}</p>}
      </fieldset>
      {chosen === "unofficial" && apiMode === "official" && interactiveMenu && (
        <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          O menu interativo está ativo e será desativado: ele não é permitido na API não oficial.
        </p>
      )}
      <div className="flex flex-wrap items-center justify-end gap-3">
        {saved && <span role="status" className="text-sm text-emerald-700">{saved}</span>}
        <Button type="submit" busy={isSubmitting} disabled={!isDirty}>Salvar</Button>
      </div>
    </form>
  );
}
