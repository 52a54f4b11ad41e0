"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useRef } from "react";
import { useForm, useWatch } from "react-hook-form";
import { createWhatsappTemplate, resubmitWhatsappTemplate } from "@/app/(admin)/whatsapp/templates/actions";
import { Button } from "@/components/ui/button";
import { Field, FormError, Input, inputClass } from "@/components/ui/field";
import { applyServerResult } from "@/components/ui/use-server-form";
import {
  CATEGORY_HELP, CATEGORY_LABELS, createTemplateSchema, normalizeTemplateName, TEMPLATE_BODY_MAX, type CreateTemplateForm,
} from "@/lib/whatsapp/templates/schemas";
import { renderTemplate, variableCount } from "@/lib/whatsapp/template-fields";
import { WhatsappBubble } from "./whatsapp-bubble";

type Props =
  | { mode: "create" }
  | { mode: "resubmit"; template: { id: number; name: string; category: "MARKETING" | "UTILITY"; body: string; examples: string[] } };

/**
 * "+Novo" and "alterar e reenviar": name (normalised as typed), category with the seed's explanation, the body with
 * {{n}} coringas, one example per coringa (Meta reviews with them) and a live preview.
 */
export function TemplateForm(props: Props) {
  const router = useRouter();
  const initial = props.mode === "resubmit" ? props.template : undefined;
  const form = useForm<CreateTemplateForm>({
    resolver: zodResolver(createTemplateSchema),
    defaultValues: { name: initial?.name ?? "", category: initial?.category ?? "UTILITY", body: initial?.body ?? "", examples: initial?.examples ?? [] },
  });
  const { register, handleSubmit, setValue, getValues, control, formState: { errors, isSubmitting } } = form;
  const [name, body, examples] = useWatch({ control, name: ["name", "body", "examples"] });
  const count = variableCount(body ?? "");
  const bodyRef = useRef<HTMLTextAreaElement | null>(null);
  const bodyField = register("body");

  const insertPlaceholder = () => {
    const element = bodyRef.current;
    const current = getValues("body") ?? "";
    const token = `{{${variableCount(current) + 1}}}`;
    const at = element?.selectionStart ?? current.length;
    setValue("body", `${current.slice(0, at)}${token}${current.slice(element?.selectionEnd ?? at)}`, { shouldDirty: true });
    requestAnimationFrame(() => element?.focus());
  };

  const onSubmit = handleSubmit(async (values) => {
    const parsed = createTemplateSchema.parse(values);
    const result = props.mode === "create"
      ? await createWhatsappTemplate(parsed)
      : await resubmitWhatsappTemplate({ id: props.template.id, category: parsed.category, body: parsed.body, examples: parsed.examples });
    if (!applyServerResult(form, result) || !result.ok) return;
    const id = (result.data as { id: number }).id;
    router.push(`/whatsapp/templates/${id}`);
    router.refresh();
  });

  const normalized = normalizeTemplateName(name ?? "");
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="space-y-4">
        <FormError message={errors.root?.server?.message} />
        <Field
          label="Nome do modelo"
          error={errors.name?.message}
          hint={normalized && normalized !== name ? <>Será enviado à Meta como <code className="font-mono">{normalized}</code></> : "Letras minúsculas, números e _ (ex.: cobranca_mensalidade)."}
        >
          {(p) => <Input {...p} {...register("name")} readOnly={props.mode === "resubmit"} autoComplete="off" maxLength={512} />}
        </Field>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-700">Categoria</legend>
          {(["UTILITY", "MARKETING"] as const).map((category) => (
            <label key={category} className="flex gap-2 rounded-md border border-slate-200 p-3 text-sm has-checked:border-brand-600 has-checked:bg-brand-50">
              <input type="radio" value={category} {...register("category")} className="mt-0.5 accent-brand-600" />
              <span><span className="font-medium text-slate-900">{CATEGORY_LABELS[category]}</span><span className="block text-slate-600">{CATEGORY_HELP[category]}</span></span>
            </label>
          ))}
          {errors.category?.message && <p className="text-sm text-red-600">{errors.category.message}</p>}
        </fieldset>
        <Field
          label="Mensagem"
          error={errors.body?.message}
          hint={`${(body ?? "").length}/${TEMPLATE_BODY_MAX} caracteres. Use {{1}}, {{2}}… onde entrarão o nome do devedor, do credor ou do operador.`}
        >
          {(p) => (
            <textarea
              {...p}
              {...bodyField}
              ref={(element) => { bodyField.ref(element); bodyRef.current = element; }}
              rows={6}
              className={inputClass}
              placeholder="Olá {{1}}, tudo bem? Aqui é da escola {{2}}, estamos entrando em contato referente às suas mensalidades. Podemos falar agora?"
            />
          )}
        </Field>
        <Button type="button" variant="secondary" size="sm" onClick={insertPlaceholder}>Inserir coringa {`{{${count + 1}}}`}</Button>
        {count > 0 && (
          <fieldset className="space-y-3">
            <legend className="text-sm font-medium text-slate-700">Exemplos para a revisão da Meta</legend>
            {Array.from({ length: count }, (_, i) => (
              <Field key={i} label={`Exemplo de {{${i + 1}}}`} error={errors.examples?.[i]?.message}>
                {(p) => <Input {...p} {...register(`examples.${i}`)} placeholder={i === 0 ? "Maria" : ""} />}
              </Field>
            ))}
          </fieldset>
        )}
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => router.back()}>Cancelar</Button>
          <Button type="submit" busy={isSubmitting}>{props.mode === "create" ? "Salvar e enviar para aprovação" : "Reenviar para aprovação"}</Button>
        </div>
      </div>
      <aside aria-label="Pré-visualização" className="space-y-2">
        <p className="text-sm font-medium text-slate-700">Pré-visualização</p>
        <WhatsappBubble text={body ? renderTemplate(body, (examples ?? []).map((e, i) => e || `{{${i + 1}}}`)) : "A mensagem aparece aqui enquanto você escreve."} />
      </aside>
    </form>
  );
}
