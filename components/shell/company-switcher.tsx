"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { switchCompany } from "@/app/(admin)/actions";
import type { CompanyRef } from "@/lib/core/ctx";

/** The logged company: persisted on the user and re-validated against grants on every request. */
export function CompanySwitcher({ companies, companyId }: { companies: CompanyRef[]; companyId: number }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string>();
  return (
    <div className="flex items-center gap-2">
      <label htmlFor="company-switcher" className="hidden text-xs text-slate-500 sm:block">Empresa</label>
      <select
        id="company-switcher"
        value={companyId}
        disabled={pending}
        onChange={(e) => {
          const next = Number(e.target.value);
          start(async () => {
            const result = await switchCompany({ companyId: next });
            if (!result.ok) setError(result.error);
            router.refresh();
          });
        }}
        className="h-8 max-w-56 rounded-md border border-slate-300 bg-white px-2 text-sm"
      >
        {companies.map((c) => <option key={c.id} value={c.id}>{c.code} · {c.name}</option>)}
      </select>
      {error && <span role="status" className="text-xs text-red-600">{error}</span>}
    </div>
  );
}
