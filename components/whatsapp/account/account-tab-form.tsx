"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { saveWhatsappAccountTab } from "@/app/(admin)/whatsapp/actions";
import { Button } from "@/components/ui/button";
import { Field, FormError, Select } from "@/components/ui/field";
import { applyServerResult } from "@/components/ui/use-server-form";
import { MissingDocumentLink } from "./missing-document-link";

type Option = { id: number; name: string };
type Values = { agreementTermId: string; debtStatementId: string; signingUserId: string; adminUserId: string };
export type AccountTabView = {
  values: { agreementTermId: number | null; debtStatementId: number | null; signingUserId: number | null; adminUserId: number | null };
  agreementTerms: Option[];
  debtStatements: Option[];
  users: { id: number; name: string; email: string }[];
};

const asField = (id: number | null) => (id === null ? "" : String(id));

/** "Conta" tab (seed 002): term, "Título Original" statement, signing user and admin user. "" means none chosen. */
export function AccountTabForm({ view }: { view: AccountTabView }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useForm<Values>({
    defaultValues: {
      agreementTermId: asField(view.values.agreementTermId), debtStatementId: asField(view.values.debtStatementId),
      signingUserId: asField(view.values.signingUserId), adminUserId: asField(view.values.adminUserId),
    },
  });
  const { register, handleSubmit, formState: { errors, isSubmitting } } = form;
  const onSubmit = handleSubmit(async (values) => {
    setSaved(false);
    if (applyServerResult(form, await saveWhatsappAccountTab(values))) {
      setSaved(true);
      router.refresh();
    }
  });
  const userOptions = view.users.map((u) => <option key={u.id} value={u.id}>{u.name} ({u.email})</option>);
  return (
    <form onSubmit={onSubmit} onChange={() => setSaved(false)} className="space-y-4" noValidate>
      <FormError message={errors.root?.server?.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-1">
          <Field label="Termo de acordo" error={errors.agreementTermId?.message} hint="Usado nas conversas do WhatsApp quando o credor não tem um próprio.">
            {(p) => (
              <Select {...p} {...register("agreementTermId")}>
                <option value="">Nenhum</option>
                {view.agreementTerms.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
              </Select>
            )}
          </Field>
          {view.agreementTerms.length === 0 && <MissingDocumentLink kind="agreement_term" returnTo="/whatsapp" />}
        </div>
        <div className="space-y-1">
          <Field label="Demonstrativo de débito" error={errors.debtStatementId?.message} hint="Somente do tipo “Título Original”.">
            {(p) => (
              <Select {...p} {...register("debtStatementId")}>
                <option value="">Nenhum</option>
                {view.debtStatements.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
              </Select>
            )}
          </Field>
          {view.debtStatements.length === 0 && <MissingDocumentLink kind="debt_statement" returnTo="/whatsapp" />}
        </div>
        <Field label="Usuário" error={errors.signingUserId?.message} hint="Assina os documentos que contêm o coringa #NOME_USUARIO#.">
          {(p) => (
            <Select {...p} {...register("signingUserId")}>
              <option value="">Nenhum</option>
              {userOptions}
            </Select>
          )}
        </Field>
        <Field label="Usuário ADM" error={errors.adminUserId?.message} hint="Recebe as conversas e as notificações quando nenhum operador estiver disponível.">
          {(p) => (
            <Select {...p} {...register("adminUserId")}>
              <option value="">Nenhum</option>
              {userOptions}
            </Select>
          )}
        </Field>
      </div>
      <div className="flex items-center justify-end gap-3">
        {saved && <span role="status" className="text-sm text-emerald-700">Configuração salva.</span>}
        <Button type="submit" busy={isSubmitting}>Salvar</Button>
      </div>
    </form>
  );
}
