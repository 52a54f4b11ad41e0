"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useForm, useWatch, type Resolver } from "react-hook-form";
import { saveDocumentTemplate } from "@/app/(admin)/admin/documents/actions";
import { Button, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, FormError, Input, Select, inputClass } from "@/components/ui/field";
import { applyServerResult } from "@/components/ui/use-server-form";
import { DOCUMENT_KIND_LABELS, DOCUMENT_KIND_OPTIONS, STATEMENT_TYPE_LABELS, STATEMENT_TYPE_OPTIONS } from "@/lib/documents/labels";
import { DOCUMENT_BODY_MAX, documentTemplateSchema, type DocumentTemplateInput } from "@/lib/documents/schemas";
import type { DocumentWildcard } from "@/lib/documents/wildcards";
import { DocumentPreview } from "./document-preview";
import { WildcardButtons } from "./wildcard-buttons";

/** CADFM060: name, kind, statement type, body with wildcard buttons that insert at the cursor, and a live preview. */
export function DocumentEditor({ initial, returnTo }: { initial: DocumentTemplateInput; returnTo: string }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useForm<DocumentTemplateInput>({
    resolver: zodResolver(documentTemplateSchema) as unknown as Resolver<DocumentTemplateInput>, defaultValues: initial,
  });
  const { register, control, getValues, setValue, handleSubmit, formState: { errors, isSubmitting } } = form;
  const kind = useWatch({ control, name: "kind" });
  const body = useWatch({ control, name: "body" }) ?? "";
  const bodyRef = useRef<HTMLTextAreaElement | null>(null);
  const { ref: bodyFieldRef, ...bodyField } = register("body", { onChange: () => setSaved(false) });

  const insert = (code: DocumentWildcard) => {
    const el = bodyRef.current;
    const value = getValues("body");
    const start = el?.selectionStart ?? value.length;
    const end = el?.selectionEnd ?? start;
    setValue("body", value.slice(0, start) + code + value.slice(end), { shouldDirty: true, shouldValidate: Boolean(errors.body) });
    setSaved(false);
    // After React re-renders the value: put the cursor right after the inserted wildcard.
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + code.length, start + code.length);
    });
  };

  const onSubmit = handleSubmit(async (values) => {
    const result = await saveDocumentTemplate(values);
    if (!applyServerResult(form, result) || !result.ok) return;
    if (initial.id) {
      setSaved(true);
      router.refresh();
    } else {
      router.push(returnTo);
    }
  });

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <Card>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field label="Nome" error={errors.name?.message} className="sm:col-span-3">
            {(p) => <Input {...p} {...register("name")} maxLength={120} autoComplete="off" autoFocus={!initial.id} />}
          </Field>
          <Field label="Documento" error={errors.kind?.message}>
            {(p) => (
              <Select {...p} {...register("kind")}>
                {DOCUMENT_KIND_OPTIONS.map((k) => <option key={k} value={k}>{DOCUMENT_KIND_LABELS[k]}</option>)}
              </Select>
            )}
          </Field>
          {kind === "debt_statement" && (
            <Field label="Tipo do demonstrativo" error={errors.statementType?.message} hint="A Integração WhatsApp usa o tipo “Título Original”.">
              {(p) => (
                <Select {...p} {...register("statementType", { setValueAs: (v: string | null) => v || null })}>
                  <option value="">Selecione…</option>
                  {STATEMENT_TYPE_OPTIONS.map((t) => <option key={t} value={t}>{STATEMENT_TYPE_LABELS[t]}</option>)}
                </Select>
              )}
            </Field>
          )}
        </div>
      </Card>
      <Card title="Texto">
        <div className="grid gap-4 lg:grid-cols-2">
          <div className="space-y-2">
            <WildcardButtons onInsert={insert} />
            <Field label="Texto do documento" error={errors.body?.message} hint="Clique num coringa para inseri-lo onde está o cursor.">
              {(p) => (
                <textarea
                  {...p} {...bodyField} rows={16} maxLength={DOCUMENT_BODY_MAX} className={`${inputClass} font-mono`}
                  ref={(el) => { bodyFieldRef(el); bodyRef.current = el; }}
                />
              )}
            </Field>
          </div>
          <DocumentPreview body={body} />
        </div>
      </Card>
      <FormError message={errors.root?.server?.message} />
      <div className="flex items-center justify-end gap-3">
        {saved && <span role="status" className="text-sm text-emerald-700">Documento salvo.</span>}
        <Link href={returnTo} className={buttonClass("secondary")}>Voltar</Link>
        <Button type="submit" busy={isSubmitting}>Salvar</Button>
      </div>
    </form>
  );
}
