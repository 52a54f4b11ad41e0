"use client";
import { usePathname, useRouter } from "next/navigation";
import { useTransition } from "react";
import { Select } from "@/components/ui/field";
import type { CompanyRef } from "@/lib/core/ctx";

/** Picks whose company parameters are shown (?empresa=<id>), independently of the logged company. */
export function ParameterCompanySelect({ companies, companyId }: { companies: CompanyRef[]; companyId: number }) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, start] = useTransition();
  return (
    <div className="flex items-center gap-2">
      <label htmlFor="parameter-company" className="text-sm font-medium text-slate-700">Empresa</label>
      <Select
        id="parameter-company"
        value={companyId}
        disabled={pending}
        aria-busy={pending || undefined}
        onChange={(e) => { const id = e.target.value; start(() => router.push(`${pathname}?empresa=${id}`)); }}
        className="w-72"
      >
        {companies.map((c) => <option key={c.id} value={c.id}>{c.code} · {c.name}</option>)}
      </Select>
    </div>
  );
}
