"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { saveApiMode } from "@/app/(admin)/whatsapp/settings/actions";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import type { ApiModeInput } from "@/lib/whatsapp/settings/schemas";

type ApiMode = ApiModeInput["apiMode"];

const OPTIONS: { value: ApiMode; label: string; hint: string }[] = [
  { value: "official", label: "API oficial (Meta)", hint: "WhatsApp Cloud API: modelos de início de chat aprovados pela Meta, menu interativo." },
  { value: "unofficial", label: "API não oficial (PlugMessage)", hint: "Conexão por QR code, refeita a cada 15 dias; só texto livre e menus simples." },
];

/**
 * "API": which WhatsApp API the company sends through. Two radios in plain React state (controlled, so the
 * server-rendered page already shows the saved choice, and it stays shown while the page refreshes after saving).
 */
export function ApiModeForm({ apiMode, interactiveMenu }: { apiMode: ApiMode; interactiveMenu: boolean }) {
  const router = useRouter();
  const [chosen, setChosen] = useState<ApiMode>(apiMode);
  const [saved, setSaved] = useState<string>();
  const [error, setError] = useState<string>();
  const [pending, start] = useTransition();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    start(async () => {
      setSaved(undefined);
      const result = await saveApiMode({ apiMode: chosen });
      setError(result.ok ? undefined : result.fieldErrors.apiMode?.[0] ?? result.error);
      if (!result.ok) return;
      setSaved(result.data.message);
      router.refresh();
    });
  };

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <FormError message={error} />
      <fieldset className="space-y-2">
        <legend className="mb-1 text-sm font-medium text-slate-700">API usada pela empresa</legend>
        {OPTIONS.map((option) => (
          <label key={option.value} className="flex items-start gap-2 text-sm text-slate-700">
            <input
              type="radio" name="apiMode" value={option.value} checked={chosen === option.value}
              onChange={() => { setChosen(option.value); setSaved(undefined); }} className="mt-0.5 accent-brand-600"
            />
            <span>
              <span className="font-medium">{option.label}</span>
              <span className="block text-xs text-slate-500">{option.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {chosen === "unofficial" && apiMode === "official" && interactiveMenu && (
        <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          O menu interativo está ativo e será desativado: ele não é permitido na API não oficial.
        </p>
      )}
      <div className="flex flex-wrap items-center justify-end gap-3">
        {saved && <span role="status" className="text-sm text-emerald-700">{saved}</span>}
        <Button type="submit" busy={pending} disabled={chosen === apiMode}>Salvar</Button>
      </div>
    </form>
  );
}
