import Link from "next/link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getPageContext } from "@/lib/core/request-context";
import { screens } from "@/lib/screens";

export default async function DashboardPage() {
  const ctx = await getPageContext();
  const company = ctx.companies.find((c) => c.id === ctx.companyId);
  const shortcuts = screens.filter((s) => s.href !== "/" && (ctx.user.role === "admin" || !s.adminOnly));
  return (
    <>
      <PageHeader code="INICIO" title={`Olá, ${ctx.user.name.split(" ")[0]}`} description={`Empresa logada: ${company?.code} · ${company?.name}`} />
      <Card title="Telas">
        <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {shortcuts.map((s) => (
            <li key={s.code}>
              <Link href={s.href} className="flex items-center justify-between rounded-md border border-slate-200 px-3 py-2 text-sm hover:border-brand-500 hover:bg-brand-50">
                <span>{s.name}</span>
                <span className="font-mono text-xs text-slate-500">{s.code}</span>
              </Link>
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}
