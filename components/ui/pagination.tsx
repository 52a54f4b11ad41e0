import Link from "next/link";
import { formatInteger } from "@/lib/br/format";
import { buttonClass } from "./button";

/** Server-side pagination links that keep the other query parameters. */
export function Pagination({ page, pageSize, total, totalCapped, params, basePath }: {
  page: number; pageSize: number; total: number; totalCapped?: boolean; params: Record<string, string | undefined>; basePath: string;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (p: number) => {
    const q = new URLSearchParams(Object.entries({ ...params, page: String(p) }).filter(([, v]) => v) as [string, string][]);
    return `${basePath}?${q}`;
  };
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(page * pageSize, total);
  return (
    <nav aria-label="Paginação" className="mt-3 flex items-center justify-between text-sm text-slate-600">
      <span>
        {formatInteger(from)}–{formatInteger(to)} de {formatInteger(total)}{totalCapped ? "+" : ""}
      </span>
      <div className="flex gap-2">
        {page > 1 ? <Link className={buttonClass("secondary", "sm")} href={href(page - 1)}>Anterior</Link>
          : <span className={buttonClass("secondary", "sm") + " opacity-50"}>Anterior</span>}
        <span className="px-2 py-1">Página {page} de {formatInteger(pages)}{totalCapped ? "+" : ""}</span>
        {page < pages ? <Link className={buttonClass("secondary", "sm")} href={href(page + 1)} rel="next">Próxima</Link>
          : <span className={buttonClass("secondary", "sm") + " opacity-50"}>Próxima</span>}
      </div>
    </nav>
  );
}
