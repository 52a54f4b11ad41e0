import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { PbxCallButtons } from "@/components/cti/sandbox/pbx-call-buttons";
import { PbxFailuresForm } from "@/components/cti/sandbox/pbx-failures-form";
import { RefreshButton } from "@/components/ui/refresh-button";
import { PbxRingForm } from "@/components/cti/sandbox/pbx-ring-form";
import { ResetPbxButton } from "@/components/cti/sandbox/reset-pbx-button";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { formatDateTime } from "@/lib/br/format";
import { sandboxEnabled } from "@/lib/core/env";
import { getAdminPageContext } from "@/lib/core/request-context";
import { getPbxOverview } from "@/lib/cti/pbx/get-pbx-overview";
import { PBX_SANDBOX_COMMAND_PATH } from "@/lib/cti/pbx/sandbox-state";

export const metadata: Metadata = { title: "PBX simulado" };

const CALL_STATE = { ringing: ["Tocando", "amber"], answered: ["Em conversa", "green"], ended: ["Encerrada", "slate"] } as const;

export default async function SandboxPbxPage() {
  await getAdminPageContext();
  if (!sandboxEnabled()) notFound();
  const overview = await getPbxOverview();
  const requestHeaders = await headers();
  const origin = `${requestHeaders.get("x-forwarded-proto") ?? "http"}://${requestHeaders.get("host") ?? "127.0.0.1:3000"}`;
  const extensions = overview.devices.filter((d) => d.inService).map((d) => d.extension);
  return (
    <>
      <PageHeader
        code="SANDBOX-PBX"
        title="PBX simulado"
        description="Um Smart CTI de mentira para testar o cliente CTI: faça login num ramal pelo cliente, depois toque o ramal, atenda e desligue por aqui. Vale para todo o servidor, até reiniciar."
        actions={<><RefreshButton /><ResetPbxButton /></>}
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <Card title="Ramais">
            {overview.devices.length === 0 ? (
              <EmptyState title="Nenhum ramal em serviço">Entre no cliente CTI com um ramal: ele aparece aqui após o AgentInService.</EmptyState>
            ) : (
              <Table caption="Ramais do PBX simulado">
                <thead><tr><Th>Ramal</Th><Th>Serviço</Th><Th>Agente</Th><Th>Grupo</Th><Th>Estado</Th><Th>Eventos para</Th></tr></thead>
                <tbody>
                  {overview.devices.map((d) => (
                    <Tr key={d.extension}>
                      <Td className="font-mono">{d.extension}</Td>
                      <Td className="whitespace-nowrap">{d.inService ? <Badge tone="green">Em serviço</Badge> : <Badge>Fora de serviço</Badge>}</Td>
                      <Td>{d.agent?.agentId ?? "—"}</Td>
                      <Td>{d.agent?.groupId || "—"}</Td>
                      <Td>{d.agent ? (d.agent.ready ? <Badge tone="green">Disponível</Badge> : <Badge tone="amber">Indisponível</Badge>) : "—"}</Td>
                      <Td className="max-w-64 truncate font-mono text-xs" title={d.callbackUrl ?? undefined}>{d.callbackUrl ?? "—"}</Td>
                    </Tr>
                  ))}
                </tbody>
              </Table>
            )}
          </Card>
          <Card title="Chamadas">
            {overview.calls.length === 0 ? (
              <EmptyState title="Nenhuma chamada">Toque um ramal ou disque pelo cliente CTI (MakeCall).</EmptyState>
            ) : (
              <Table caption="Chamadas do PBX simulado, mais recentes primeiro">
                <thead><tr><Th>Chamada</Th><Th>Ramal</Th><Th>Sentido</Th><Th>Número</Th><Th>Dados associados</Th><Th>Início</Th><Th>Estado</Th><Th><span className="sr-only">Ações</span></Th></tr></thead>
                <tbody>
                  {overview.calls.map((c) => (
                    <Tr key={c.callId}>
                      <Td className="font-mono">{c.callId}</Td>
                      <Td className="font-mono">{c.extension}</Td>
                      <Td>{c.direction === "inbound" ? "Recebida" : "Originada"}</Td>
                      <Td className="font-mono">{c.ani}</Td>
                      <Td className="max-w-56 truncate font-mono text-xs" title={c.associatedData}>{c.associatedData || "—"}</Td>
                      <Td className="whitespace-nowrap">{formatDateTime(c.startedAt)}</Td>
                      <Td><Badge tone={CALL_STATE[c.state][1]}>{CALL_STATE[c.state][0]}</Badge></Td>
                      <Td><PbxCallButtons callId={c.callId} state={c.state} /></Td>
                    </Tr>
                  ))}
                </tbody>
              </Table>
            )}
          </Card>
          <Card title="Eventos enviados (SmartCTIWSEventing)">
            {overview.deliveries.length === 0 ? (
              <EmptyState title="Nenhum evento enviado ainda" />
            ) : (
              <ul className="divide-y divide-slate-100 text-sm">
                {overview.deliveries.map((d, i) => (
                  <li key={i} className="flex flex-wrap items-center gap-2 py-1.5">
                    <Badge tone={d.ok ? "green" : "red"}>{d.ok ? "Entregue" : "Falhou"}</Badge>
                    <span className="font-mono">{d.operation}</span>
                    <span className="text-slate-500">ramal {d.extension} · {formatDateTime(d.at)} · {d.detail}</span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
        <div className="space-y-4">
          <Card title="Tocar ramal">
            <PbxRingForm extensions={extensions} />
          </Card>
          <Card title="Falhas por comando">
            <PbxFailuresForm failures={overview.failures} />
          </Card>
          <Card title="Serviço de comandos">
            <dl className="space-y-2 text-sm">
              <div><dt className="text-slate-500">Endereço (parâmetro Smart CTI ou SMARTCTI_URL)</dt><dd className="font-mono break-all">{origin}{PBX_SANDBOX_COMMAND_PATH}</dd></div>
              <div><dt className="text-slate-500">WSDL</dt><dd className="font-mono break-all">{origin}{PBX_SANDBOX_COMMAND_PATH}?wsdl</dd></div>
            </dl>
          </Card>
        </div>
      </div>
    </>
  );
}
