import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ResetSandboxButton } from "@/components/sandbox/reset-sandbox-button";
import { SandboxFaultsForm } from "@/components/sandbox/sandbox-faults-form";
import { buttonClass } from "@/components/ui/button";
import { Badge, Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { formatInteger } from "@/lib/br/format";
import { sandboxEnabled } from "@/lib/core/env";
import { getAdminPageContext } from "@/lib/core/request-context";
import { getSandboxOverview } from "@/lib/sandbox/get-sandbox-overview";

export const metadata: Metadata = { title: "Falhas simuladas" };

export default async function SandboxFaultsPage() {
  await getAdminPageContext();
  if (!sandboxEnabled()) notFound();
  const overview = await getSandboxOverview();
  const requestHeaders = await headers();
  const origin = `${requestHeaders.get("x-forwarded-proto") ?? "http"}://${requestHeaders.get("host") ?? "127.0.0.1:3000"}`;
  return (
    <>
      <PageHeader
        code="SANDBOX-RD-F"
        title="Falhas simuladas"
        description="Faça o simulador do RD Conversas falhar como o serviço real para ver como os envios se comportam. Vale para todo o servidor, até reiniciar."
        actions={<><Link href="/admin/sandbox/inbox" className={buttonClass("secondary")}>Caixa de entrada</Link><ResetSandboxButton /></>}
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title="Falhas" className="lg:col-span-2">
          <SandboxFaultsForm faults={overview.faults} />
        </Card>
        <div className="space-y-4">
          <Card title="Simulador">
            <dl className="space-y-2 text-sm">
              <div><dt className="text-slate-500">Endereço (URL base da conta)</dt><dd className="font-mono break-all">{origin}{overview.basePath}</dd></div>
              <div><dt className="text-slate-500">Token</dt><dd className="font-mono">{overview.token}</dd></div>
              <div className="flex gap-4">
                <div><dt className="text-slate-500">Requisições</dt><dd className="tabular-nums">{formatInteger(overview.requests)}</dd></div>
                <div><dt className="text-slate-500">Entregues</dt><dd className="tabular-nums">{formatInteger(overview.delivered)}</dd></div>
                <div>
                  <dt className="text-slate-500">Duplicadas</dt>
                  <dd><Badge tone={overview.duplicates ? "red" : "green"}>{formatInteger(overview.duplicates)}</Badge></dd>
                </div>
              </div>
            </dl>
          </Card>
          <Card title="Chips">
            <ul className="space-y-1 text-sm">
              {overview.chips.map((c) => <li key={c.id}>{c.name} · {c.phone} <span className="block font-mono text-xs text-slate-500">{c.id}</span></li>)}
            </ul>
          </Card>
        </div>
      </div>
      <Card title="Templates aprovados" className="mt-4">
        <ul className="divide-y divide-slate-100 text-sm">
          {overview.templates.map((t) => (
            <li key={t.id} className="py-2">
              <p className="font-mono text-xs text-slate-500">{t.name} · {t.id}</p>
              <p className="text-slate-800">{t.text}</p>
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}
