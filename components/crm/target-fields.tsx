"use client";
import type { FieldErrors, Path, UseFormRegister } from "react-hook-form";
import type { CrmTarget } from "@/lib/crm/resolve-target";

type WithTarget = { accountId: number; contactId: number | null };

const toId = (value: unknown) => (value === "" || value === null || value === undefined ? null : Number(value));

/** The account and contact the CTI selected, read-only by name; their ids travel in hidden fields. */
export function TargetFields<T extends WithTarget>({ target, register, errors }: {
  target: CrmTarget; register: UseFormRegister<T>; errors: FieldErrors<WithTarget>;
}) {
  return (
    <dl className="grid grid-cols-2 gap-3 rounded-md bg-slate-50 px-3 py-2 text-sm">
      <div>
        <dt className="text-xs font-medium text-slate-500">Conta</dt>
        <dd className="font-medium text-slate-900">{target.account.name}</dd>
        {errors.accountId?.message && <p className="text-sm text-red-600">{errors.accountId.message}</p>}
      </div>
      <div>
        <dt className="text-xs font-medium text-slate-500">Contato</dt>
        <dd className="text-slate-900">{target.contact?.name ?? "—"}</dd>
        {errors.contactId?.message && <p className="text-sm text-red-600">{errors.contactId.message}</p>}
      </div>
      <input type="hidden" {...register("accountId" as Path<T>, { setValueAs: toId })} />
      <input type="hidden" {...register("contactId" as Path<T>, { setValueAs: toId })} />
    </dl>
  );
}
