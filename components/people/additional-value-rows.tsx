"use client";
import Link from "next/link";
import { useFieldArray, useWatch, type UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input, Select } from "@/components/ui/field";
import type { PersonInput } from "@/lib/people/schemas";
import type { AdditionalFieldOption } from "./form-options";
import { ColumnHeaders, RowControl } from "./row-control";

const columns = "sm:grid-cols-[16rem_1fr_6rem] gap-2";

export function AdditionalValueRows({ form, fields: definitions }: { form: UseFormReturn<PersonInput>; fields: AdditionalFieldOption[] }) {
  const { control, register, formState: { errors } } = form;
  const { fields, append, remove } = useFieldArray({ control, name: "additionalValues" });
  const current = useWatch({ control, name: "additionalValues" });
  const unused = definitions.filter((d) => !current.some((v) => v.fieldId === d.id));
  const add = () => {
    if (unused[0]) append({ fieldId: unused[0].id, value: "" }, { focusName: `additionalValues.${fields.length}.value` });
  };
  return (
    <Card
      title="Campos adicionais"
      actions={definitions.length > 0 && <Button type="button" variant="secondary" size="sm" onClick={add} disabled={unused.length === 0}>Adicionar campo</Button>}
    >
      {definitions.length === 0 ? (
        <p className="text-sm text-slate-600">
          Nenhum campo adicional definido. Um administrador define os campos em <Link href="/admin/additional-fields" className="underline">Campos adicionais (PESFL101)</Link>.
        </p>
      ) : fields.length === 0 ? (
        <p className="text-sm text-slate-500">Nenhum valor informado.</p>
      ) : (
        <div className="space-y-3">
          <ColumnHeaders className={columns}><span>Campo</span><span>Valor</span><span /></ColumnHeaders>
          {fields.map((field, i) => {
            const rowErrors = errors.additionalValues?.[i];
            const definition = definitions.find((d) => d.id === current[i]?.fieldId);
            return (
              <div key={field.id} className={`grid items-start ${columns}`}>
                <RowControl label={`Campo adicional ${i + 1}`} error={rowErrors?.fieldId?.message}>
                  {(p) => (
                    <Select {...p} {...register(`additionalValues.${i}.fieldId`, { valueAsNumber: true })}>
                      {definitions.map((d) => <option key={d.id} value={d.id}>{d.label}</option>)}
                    </Select>
                  )}
                </RowControl>
                <RowControl label={`Valor de ${definition?.label ?? `campo ${i + 1}`}`} error={rowErrors?.value?.message}>
                  {(p) => definition?.type === "boolean" ? (
                    <Select {...p} {...register(`additionalValues.${i}.value`)}>
                      <option value="">Escolha…</option>
                      <option value="true">Sim</option>
                      <option value="false">Não</option>
                    </Select>
                  ) : (
                    <Input
                      {...p}
                      {...register(`additionalValues.${i}.value`)}
                      type={definition?.type === "date" ? "date" : "text"}
                      inputMode={definition?.type === "number" ? "decimal" : undefined}
                      autoComplete="off"
                    />
                  )}
                </RowControl>
                <Button type="button" variant="ghost" size="sm" className="h-9" onClick={() => remove(i)} aria-label={`Remover campo adicional ${i + 1}`}>
                  Remover
                </Button>
              </div>
            );
          })}
        </div>
      )}
    </Card>
  );
}
