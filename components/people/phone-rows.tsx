"use client";
import Link from "next/link";
import { useFieldArray, type UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input, Select } from "@/components/ui/field";
import type { PersonInput } from "@/lib/people/schemas";
import type { PhoneTypeOption } from "./form-options";
import { ColumnHeaders, RowControl } from "./row-control";

const columns = "sm:grid-cols-[13rem_1fr_7rem_6rem] gap-2";

export function PhoneRows({ form, phoneTypes }: { form: UseFormReturn<PersonInput>; phoneTypes: PhoneTypeOption[] }) {
  const { control, register, getValues, formState: { errors } } = form;
  const { fields, append, remove } = useFieldArray({ control, name: "phones" });
  const add = () => {
    const typeId = phoneTypes[0]!.id;
    const hasPrimary = getValues("phones").some((p) => p.phoneTypeId === typeId && p.isPrimary);
    append({ phoneTypeId: typeId, number: "", isPrimary: !hasPrimary }, { focusName: `phones.${fields.length}.number` });
  };
  return (
    <Card
      title="Telefones"
      actions={<Button type="button" variant="secondary" size="sm" onClick={add} disabled={phoneTypes.length === 0}>Adicionar telefone</Button>}
    >
      {phoneTypes.length === 0 ? (
        <p className="text-sm text-slate-600">
          Nenhum tipo de telefone cadastrado. Um administrador cadastra os tipos em <Link href="/admin/phone-types" className="underline">Tipos de telefone</Link>.
        </p>
      ) : fields.length === 0 ? (
        <p className="text-sm text-slate-500">Nenhum telefone. Use “Adicionar telefone”; qualquer formato serve, ex.: (11) 98765-4321.</p>
      ) : (
        <div className="space-y-3">
          <ColumnHeaders className={columns}><span>Tipo</span><span>Número</span><span>Principal</span><span /></ColumnHeaders>
          {fields.map((field, i) => {
            const rowErrors = errors.phones?.[i];
            const primaryError = rowErrors?.isPrimary?.message;
            return (
              <div key={field.id}>
                <div className={`grid items-start ${columns}`}>
                  <RowControl label={`Tipo do telefone ${i + 1}`} error={rowErrors?.phoneTypeId?.message}>
                    {(p) => (
                      <Select {...p} {...register(`phones.${i}.phoneTypeId`, { valueAsNumber: true })}>
                        {phoneTypes.map((t) => <option key={t.id} value={t.id}>{t.code} · {t.description}</option>)}
                      </Select>
                    )}
                  </RowControl>
                  <RowControl label={`Número do telefone ${i + 1}`} error={rowErrors?.number?.message}>
                    {(p) => <Input {...p} {...register(`phones.${i}.number`)} type="tel" inputMode="tel" autoComplete="off" placeholder="(11) 98765-4321" />}
                  </RowControl>
                  <label className="inline-flex h-9 items-center gap-2 text-sm text-slate-700">
                    <input
                      type="checkbox"
                      {...register(`phones.${i}.isPrimary`)}
                      aria-invalid={primaryError ? true : undefined}
                      aria-describedby={primaryError ? `${field.id}-primary-error` : undefined}
                      className="size-4 accent-brand-600"
                    />
                    Principal
                  </label>
                  <Button type="button" variant="ghost" size="sm" className="h-9" onClick={() => remove(i)} aria-label={`Remover telefone ${i + 1}`}>
                    Remover
                  </Button>
                </div>
                {primaryError && <p id={`${field.id}-primary-error`} className="mt-1 text-sm text-red-600">{primaryError}</p>}
              </div>
            );
          })}
          <p className="text-xs text-slate-500">Um principal por tipo. Os números são gravados no formato internacional (+55…).</p>
        </div>
      )}
      {errors.phones?.message && <p className="mt-2 text-sm text-red-600">{errors.phones.message}</p>}
    </Card>
  );
}
