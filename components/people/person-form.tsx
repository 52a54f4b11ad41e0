"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type Path } from "react-hook-form";
import { savePerson } from "@/app/(admin)/people/actions";
import { Button, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Checkbox, Field, FormError, Input } from "@/components/ui/field";
import { applyServerResult } from "@/components/ui/use-server-form";
import { formatDocument, onlyDigits } from "@/lib/br/document";
import { formatPhone, normalizePhone } from "@/lib/br/phone";
import { personSchema, type PersonInput } from "@/lib/people/schemas";
import { AdditionalValueRows } from "./additional-value-rows";
import { EmailRows } from "./email-rows";
import type { PersonFormOptions } from "./form-options";
import { PhoneRows } from "./phone-rows";

/** What the form shows after a save: numbers and documents as the list shows them. */
function displayed(values: PersonInput): PersonInput {
  return {
    ...values,
    document: formatDocument(onlyDigits(values.document)),
    phones: values.phones.map((p) => {
      const normalized = normalizePhone(p.number);
      return { ...p, number: normalized.ok ? formatPhone(normalized.e164) : p.number };
    }),
  };
}

/** PESFM010 create/edit form; phones, e-mails and additional values are replaced as a whole on save. */
export function PersonForm({ person, account, options, notice: initialNotice }: {
  person: PersonInput;
  account?: { id: number; name: string } | null;
  options: PersonFormOptions;
  notice?: string;
}) {
  const router = useRouter();
  const form = useForm<PersonInput>({ resolver: zodResolver(personSchema), defaultValues: person });
  const { register, handleSubmit, watch, setValue, formState: { errors, isSubmitting, isDirty } } = form;
  const [notice, setNotice] = useState(initialNotice);
  const [existing, setExisting] = useState<{ field: string; href: string } | null>(null);
  const kind = watch("kind");
  const accountId = watch("accountId");
  const isContact = accountId !== null;

  const onSubmit = handleSubmit(async (values) => {
    setExisting(null);
    const result = await savePerson(values);
    if (!result.ok) {
      applyServerResult(form, result);
      const firstField = Object.keys(result.fieldErrors).find((field) => field !== "root");
      if (firstField) form.setFocus(firstField as Path<PersonInput>);
      if (result.href) setExisting({ field: Object.keys(result.fieldErrors)[0] ?? "document", href: result.href });
      return;
    }
    if (values.id) {
      form.reset(displayed(values));
      setNotice("Alterações salvas.");
    } else {
      router.push(`/people/${result.data.id}?salvo=1`);
    }
  });

  const existingLink = (field: string) => existing?.field === field && (
    <Link href={existing.href} className="text-sm font-medium text-brand-700 underline">Abrir cadastro existente</Link>
  );

  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate aria-label="Cadastro da pessoa">
      {errors.root?.server && (
        <div className="space-y-1">
          <FormError message={errors.root.server.message} />
          {existing && existingLink(existing.field)}
        </div>
      )}
      {notice && !isDirty && !errors.root?.server && (
        <div role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">{notice}</div>
      )}
      {isContact && (
        <div className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900">
          <span>
            Contato da conta{" "}
            {account && account.id === accountId
              ? <Link href={`/people/${account.id}`} className="font-medium underline">{account.name}</Link>
              : `nº ${accountId}`}
          </span>
          <Button type="button" variant="secondary" size="sm" onClick={() => setValue("accountId", null, { shouldDirty: true })}>
            Desvincular da conta
          </Button>
          {errors.accountId && <p className="w-full text-red-600">{errors.accountId.message}</p>}
        </div>
      )}

      <Card title="Identificação">
        <div className="space-y-4">
          <fieldset>
            <legend className="mb-1 text-sm font-medium text-slate-700">Tipo de pessoa</legend>
            <div className="flex gap-5">
              <label className="inline-flex items-center gap-2 text-sm"><input type="radio" value="natural" {...register("kind")} className="accent-brand-600" /> Pessoa física</label>
              <label className="inline-flex items-center gap-2 text-sm"><input type="radio" value="legal" {...register("kind")} className="accent-brand-600" /> Pessoa jurídica</label>
            </div>
          </fieldset>
          <div className="grid gap-3 sm:grid-cols-3">
            <div className="space-y-1">
              <Field
                label={kind === "legal" ? "CNPJ" : "CPF"}
                error={errors.document?.message}
                hint={isContact ? "Opcional para contatos; com ou sem pontuação." : "Com ou sem pontuação."}
              >
                {(p) => <Input {...p} {...register("document")} inputMode="numeric" autoComplete="off" placeholder={kind === "legal" ? "00.000.000/0000-00" : "000.000.000-00"} />}
              </Field>
              {existingLink("document")}
            </div>
            <Field label={kind === "legal" ? "Razão social" : "Nome"} error={errors.name?.message} className="sm:col-span-2">
              {(p) => <Input {...p} {...register("name")} autoComplete="off" />}
            </Field>
            <Field label={kind === "legal" ? "Nome fantasia" : "Apelido"} error={errors.tradeName?.message} hint="Opcional.">
              {(p) => <Input {...p} {...register("tradeName")} autoComplete="off" />}
            </Field>
            <div className="space-y-1">
              <Field label="Código ERP" error={errors.erpCode?.message} hint="Opcional; único.">
                {(p) => <Input {...p} {...register("erpCode")} autoComplete="off" />}
              </Field>
              {existingLink("erpCode")}
            </div>
            <Field label="Código CRM" error={errors.crmCode?.message} hint="Opcional.">
              {(p) => <Input {...p} {...register("crmCode")} autoComplete="off" />}
            </Field>
          </div>
        </div>
      </Card>

      <PhoneRows form={form} phoneTypes={options.phoneTypes} />
      <EmailRows form={form} />
      <AdditionalValueRows form={form} fields={options.additionalFields} />

      <Card title="Privacidade (LGPD)">
        <p className="mb-3 text-sm text-slate-600">Canais pelos quais esta pessoa não quer receber mensagens. Nenhum envio automático ou em lote usa um canal marcado.</p>
        <div className="flex flex-wrap gap-6">
          <Checkbox label="Não enviar WhatsApp" {...register("optOutWhatsapp")} />
          <Checkbox label="Não enviar SMS" {...register("optOutSms")} />
          <Checkbox label="Não enviar e-mail" {...register("optOutEmail")} />
        </div>
      </Card>

      <div className="flex justify-end gap-2">
        <Link href={account ? `/people/${account.id}` : "/people"} className={buttonClass("secondary")}>Voltar</Link>
        <Button type="submit" busy={isSubmitting}>{person.id ? "Salvar alterações" : "Cadastrar"}</Button>
      </div>
    </form>
  );
}
