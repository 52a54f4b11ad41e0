"use client";
import type { CompanyRef } from "@/lib/core/ctx";
import { cn } from "./cn";
import { Checkbox } from "./field";

/** A multi-select of companies as checkboxes, for react-hook-form Controllers holding an array of ids. */
export function CompanyCheckboxes({ companies, value, onChange, columns = 2 }: {
  companies: CompanyRef[]; value: number[]; onChange: (ids: number[]) => void; columns?: 2 | 3;
}) {
  return (
    <div className={cn("grid gap-1", columns === 3 ? "sm:grid-cols-3" : "sm:grid-cols-2")}>
      {companies.map((c) => (
        <Checkbox
          key={c.id}
          label={`${c.code} · ${c.name}`}
          checked={value.includes(c.id)}
          onChange={(e) => onChange(e.target.checked ? [...value, c.id] : value.filter((id) => id !== c.id))}
        />
      ))}
    </div>
  );
}
