import Link from "next/link";
import { Badge, Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/br/format";
import { getSidecarStatus } from "@/lib/jobs/heartbeat";
import { PageHeader } from "@/components/ui/page-header";
import { getPageContext } from "@/lib/core/request-context";
import { countFailedRuns } from "@/lib/scheduler/count-failed-runs";
import { screens } from "@/lib/screens";

export default async function DashboardPage() {
  const ctx = await getPageContext();
  const company = ctx.companies.find((c) => c.id === ctx.companyId);
  const sidecar = await getSidecarStatus(ctx.db, ctx.clock);
  const failedRuns = await countFailedRuns({ ctx });
  const shortcuts = screens.filter((s) => s.href !== "/" && (ctx.user.role === "admin" || !s.adminOnly));
  return (
    <>
      <PageHeader code="INICIO" title={`Olá, ${ctx.user.name.split(" ")[0]}`} description={`Empresa logada: ${company?.code} · ${company?.name}`} />
      <Card title="Processamento em segundo plano" className="mb-4">
        <p className="flex items-center gap-3 text-sm text-slate-700">
          {sidecar.alive ? <Badge tone="green">Ativo</Badge> : <Badge tone="red">Parado</Badge>}
          {sidecar.lastBeatAt
            ? `Último sinal em ${formatDateTime(sidecar.lastBeatAt)}${sidecar.alive ? ` · ${sidecar.workers} processo(s)` : " — verifique o processo jobs (npm run jobs)."}`
            : "Nenhum processo jobs registrado ainda (npm run jobs)."}
        </p>
        <p className="mt-2 flex items-center gap-3 text-sm text-slate-700">
          <Link href="/scheduler" className="inline-flex items-center gap-2 hover:underline">
            {failedRuns > 0
              ? <><Badge tone="red">{failedRuns} com falha</Badge> Execuções de processos com falha nos últimos 7 dias (GERFP095)</>
              : <><Badge tone="green">Sem falhas</Badge> Nenhuma execução de processo falhou nos últimos 7 dias (GERFP095)</>}
          </Link>
        </p>
      </Card>
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
