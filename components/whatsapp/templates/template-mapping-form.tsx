"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { mapWhatsappTemplate } from "@/app/(admin)/whatsapp/templates/actions";
import { Button } from "@/components/ui/button";
import { Field, FormError, Select } from "@/components/ui/field";
import { renderTemplate, TEMPLATE_FIELDS, TEMPLATE_FIELD_CODES, type TemplateFieldCode } from "@/lib/whatsapp/template-fields";
import { WhatsappBubble } from "./whatsapp-bubble";

const GROUPS = [...new Set(TEMPLATE_FIELD_CODES.map((c) => TEMPLATE_FIELDS[c].group))];

/** After approval: which debtor, creditor or operator field fills each {{n}}, with a preview on example values. */
export function TemplateMappingForm({ id, body, variables, mapping }: { id: number; body: string; variables: number; mapping: string[] }) {
  const router = useRouter();
  const [values, setValues] = useState<string[]>(Array.from({ length: variables }, (_, i) => mapping[i] ?? ""));
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [pending, start] = useTransition();
  const preview = renderTemplate(body, values.map((code, i) => (code ? TEMPLATE_FIELDS[code as TemplateFieldCode].example : `{{${i + 1}}}`)));
  const submit = () => start(async () => {
    const result = await mapWhatsappTemplate({ id, mapping: values });
    setErrors(result.ok ? {} : result.fieldErrors);
    setMessage(result.ok ? { ok: true, text: "Coringas associados: o modelo já pode iniciar conversas." } : { ok: false, text: result.error });
    if (result.ok) router.refresh();
  });
  return (
    <form onSubmit={(e) => { e.preventDefault(); submit(); }} noValidate className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="space-y-3">
        {message && (message.ok ? <p role="status" className="text-sm text-emerald-700">{message.text}</p> : <FormError message={message.text} />)}
        {values.map((value, i) => (
          <Field key={i} label={`Coringa {{${i + 1}}}`} error={errors[`mapping.${i}`]?.[0]}>
            {(p) => (
              <Select {...p} value={value} onChange={(e) => setValues((all) => all.map((v, j) => (j === i ? e.target.value : v)))}>
                <option value="">Selecione o campo…</option>
                {GROUPS.map((group) => (
                  <optgroup key={group} label={group}>
                    {TEMPLATE_FIELD_CODES.filter((c) => TEMPLATE_FIELDS[c].group === group).map((c) => <option key={c} value={c}>{TEMPLATE_FIELDS[c].label}</option>)}
                  </optgroup>
                ))}
              </Select>
            )}
          </Field>
        ))}
        <div className="flex justify-end"><Button type="submit" busy={pending}>Salvar associação</Button></div>
      </div>
      <aside aria-label="Pré-visualização com exemplos" className="space-y-2">
        <p className="text-sm font-medium text-slate-700">Pré-visualização com exemplos</p>
        <WhatsappBubble text={preview} />
      </aside>
    </form>
  );
}
