"use client";
import { useFieldArray, type UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/field";
import type { PersonInput } from "@/lib/people/schemas";
import { ColumnHeaders, RowControl } from "./row-control";

const columns = "sm:grid-cols-[1fr_7rem_6rem] gap-2";

export function EmailRows({ form }: { form: UseFormReturn<PersonInput> }) {
  const { control, register, getValues, formState: { errors } } = form;
  const { fields, append, remove } = useFieldArray({ control, name: "emails" });
  const add = () => {
    const hasPrimary = getValues("emails").some((e) => e.isPrimary);
    append({ email: "", isPrimary: !hasPrimary }, { focusName: `emails.${fields.length}.email` });
  };
  return (
    <Card title="E-mails" actions={<Button type="button" variant="secondary" size="sm" onClick={add}>Adicionar e-mail</Button>}>
      {fields.length === 0 ? (
        <p className="text-sm text-slate-500">Nenhum e-mail.</p>
      ) : (
        <div className="space-y-3">
          <ColumnHeaders className={columns}><span>E-mail</span><span>Principal</span><span /></ColumnHeaders>
          {fields.map((field, i) => {
            const rowErrors = errors.emails?.[i];
            const primaryError = rowErrors?.isPrimary?.message;
            return (
              <div key={field.id}>
                <div className={`grid items-start ${columns}`}>
                  <RowControl label={`E-mail ${i + 1}`} error={rowErrors?.email?.message}>
                    {(p) => <Input {...p} {...register(`emails.${i}.email`)} type="email" autoComplete="off" placeholder="nome@empresa.com.br" />}
                  </RowControl>
                  <label className="inline-flex h-9 items-center gap-2 text-sm text-slate-700">
                    <input
                      type="checkbox"
                      {...register(`emails.${i}.isPrimary`)}
                      aria-invalid={primaryError ? true : undefined}
                      aria-describedby={primaryError ? `${field.id}-primary-error` : undefined}
                      className="size-4 accent-brand-600"
                    />
                    Principal
                  </label>
                  <Button type="button" variant="ghost" size="sm" className="h-9" onClick={() => remove(i)} aria-label={`Remover e-mail ${i + 1}`}>
                    Remover
                  </Button>
                </div>
                {primaryError && <p id={`${field.id}-primary-error`} className="mt-1 text-sm text-red-600">{primaryError}</p>}
              </div>
            );
          })}
        </div>
      )}
      {errors.emails?.message && <p className="mt-2 text-sm text-red-600">{errors.emails.message}</p>}
    </Card>
  );
}
