import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MessageActions } from "@/components/messages/message-actions";
import { Badge, Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { formatDateTime } from "@/lib/br/format";
import { ClickToDial } from "@/components/cti/click-to-dial";
import { ServiceError } from "@/lib/core/errors";
import { getPageContext } from "@/lib/core/request-context";
import { getMessage } from "@/lib/messaging/get-message";
import { KIND_LABELS, OUTCOME_LABELS, PROVIDER_LABELS, STATUS_LABELS, STATUS_TONES } from "@/lib/messaging/labels";

export const metadata: Metadata = { title: "Mensagem" };

export default async function MessagePage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await getPageContext();
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const found = await getMessage({ ctx, input: { id } }).catch((error) => {
    if (error instanceof ServiceError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const m = found.message;
  const facts: Array<[string, React.ReactNode]> = [
    ["Situação", <Badge key="s" tone={STATUS_TONES[m.status]}>{STATUS_LABELS[m.status]}</Badge>],
    ["Motivo", m.statusReason ?? "—"],
    ["Empresa", `${found.companyCode} · ${found.companyName}`],
    ["Tipo", KIND_LABELS[m.kind] ?? m.kind],
    ["Conta", `${PROVIDER_LABELS[found.provider] ?? found.provider} · ${found.accountName}`],
    ["Destinatário", <><ClickToDial number={m.recipient} />{m.personId && <> · <Link className="text-brand-700 underline" href={`/people/${m.personId}`}>{found.personName}</Link></>}</>],
    ["Origem", `${m.producer}${m.producerRef ? ` · ${m.producerRef}` : ""}`],
    ["Chave de idempotência", <span key="k" className="font-mono text-xs">{m.idempotencyKey}</span>],
    ["Criada em", formatDateTime(m.createdAt)],
    ["Não antes de", m.notBefore ? formatDateTime(m.notBefore) : "—"],
    ["Enviada em", m.sentAt ? formatDateTime(m.sentAt) : "—"],
    ["ID no provedor", m.providerMessageId ?? "—"],
    ["Último erro", m.lastErrorCode ? `${m.lastErrorCode} · ${m.lastErrorMessage ?? ""}` : "—"],
  ];
  return (
    <>
      <PageHeader
        code="MSGFC001"
        title={`Mensagem nº ${m.id}`}
        actions={<>
          {ctx.user.role === "admin" && <MessageActions id={m.id} status={m.status} />}
          <Link href="/messages" className={buttonClass("secondary")}>Voltar ao log</Link>
        </>}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Dados">
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm">
            {facts.map(([k, v]) => <div key={k} className="contents"><dt className="text-slate-500">{k}</dt><dd>{v}</dd></div>)}
          </dl>
        </Card>
        <Card title="Conteúdo">
          <pre className="max-h-80 overflow-auto rounded bg-slate-50 p-3 text-xs">{JSON.stringify(m.payload, null, 2)}</pre>
        </Card>
      </div>
      <h2 className="mb-2 mt-6 text-sm font-semibold text-slate-800">Tentativas ({found.attempts.length})</h2>
      {found.attempts.length === 0 ? (
        <p className="text-sm text-slate-500">Nenhuma tentativa ainda.</p>
      ) : (
        <Table caption="Tentativas">
          <thead><tr><Th>Nº</Th><Th>Início</Th><Th>Fim</Th><Th>Resultado</Th><Th>HTTP</Th><Th>Código</Th><Th>Mensagem do provedor</Th><Th>Processo</Th></tr></thead>
          <tbody className="divide-y divide-slate-100">
            {found.attempts.map(({ attempt: a, requestedByName }) => (
              <Tr key={a.id}>
                <Td>{a.attemptNo}</Td>
                <Td>{formatDateTime(a.startedAt)}</Td>
                <Td>{a.finishedAt ? formatDateTime(a.finishedAt) : "—"}</Td>
                <Td>{a.outcome ? OUTCOME_LABELS[a.outcome] ?? a.outcome : "Em andamento"}</Td>
                <Td>{a.httpStatus ?? "—"}</Td>
                <Td className="font-mono text-xs">{a.providerCode ?? "—"}</Td>
                <Td className="max-w-96 text-xs">{a.providerMessage ?? "—"}</Td>
                <Td className="text-xs text-slate-500">{requestedByName ? `Pedido por ${requestedByName}` : a.worker}</Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
