import type { Ctx } from "@/lib/core/ctx";

/** "01 · Matriz, 02 · Filial" for company ids the caller was granted. */
export function companyLabels(ctx: Ctx, ids: number[]): string[] {
  return ids.map((id) => {
    const company = ctx.companies.find((c) => c.id === id);
    return company ? `${company.code} · ${company.name}` : `#${id}`;
  });
}
