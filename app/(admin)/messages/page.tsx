import type { Metadata } from "next";
import Link from "next/link";
import { MessageFilters } from "@/components/messages/message-filters";
import { Badge, EmptyState } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { OUTBOX_STATUSES } from "@/db/schema/messaging";
import { formatDateTime, formatInteger } from "@/lib/br/format";
import { ClickToDial } from "@/components/cti/click-to-dial";
import { getPageContext } from "@/lib/core/request-context";
import { KIND_LABELS, STATUS_LABELS, STATUS_TONES } from "@/lib/messaging/labels";
import { listMessages } from "@/lib/messaging/list-messages";
import { messageSearchParamsSchema } from "@/lib/messaging/log-schemas";

export const metadata: Metadata = { title: "Log de mensagens" };

export default async function MessagesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const ctx = await getPageContext();
  const raw = await searchParams;
  const params = messageSearchParamsSchema.parse(raw);
  const result = await listMessages({ ctx, input: params });
  const query = Object.fromEntries(Object.entries(raw).filter(([k]) => k !== "page")) as Record<string, string | undefined>;
  const withStatus = (status?: string) =>
    `/messages?${new URLSearchParams(Object.entries({ ...query, situacao: status }).filter(([, v]) => v) as [string, string][])}`;
  return (
    <>
      <PageHeader code="MSGFC001" title="Log de mensagens" description="Tudo o que o Recado enviou ou vai enviar, com cada tentativa e a resposta do provedor." />
      <nav aria-label="Contagem por situação" className="mb-4 flex flex-wrap gap-2">
        <Link href={withStatus(undefined)} className={cn("rounded-full border px-3 py-1 text-sm", !params.situacao ? "border-brand-600 bg-brand-50 text-brand-700" : "border-slate-200 bg-white")}>
          Todas · {formatInteger(Object.values(result.counts).reduce((a, b) => a + b, 0))}
        </Link>
        {OUTBOX_STATUSES.filter((s) => result.counts[s]).map((s) => (
          <Link key={s} href={withStatus(s)} className={cn("rounded-full border px-3 py-1 text-sm", params.situacao === s ? "border-brand-600 bg-brand-50 text-brand-700" : "border-slate-200 bg-white")}>
            {STATUS_LABELS[s]} · {formatInteger(result.counts[s] ?? 0)}
          </Link>
        ))}
      </nav>
      <MessageFilters params={params} companies={ctx.companies} />
      {result.rows.length === 0 ? (
        <EmptyState title={Object.keys(query).length ? "Nenhuma mensagem com estes filtros" : "Nenhuma mensagem ainda"}>
          {Object.keys(query).length ? "Ajuste ou limpe os filtros." : "As mensagens aparecem aqui assim que um processo ou envio em lote as colocar na fila."}
        </EmptyState>
      ) : (
        <>
          <Table caption="Mensagens">
            <thead><tr><Th>Criada em</Th><Th>Empresa</Th><Th>Tipo</Th><Th>Destinatário</Th><Th>Situação</Th><Th>Tentativas</Th><Th>Último erro</Th></tr></thead>
            <tbody className="divide-y divide-slate-100">
              {result.rows.map((m) => (
                <Tr key={m.id}>
                  <Td><Link href={`/messages/${m.id}`} className="text-brand-700 hover:underline">{formatDateTime(m.createdAt)}</Link></Td>
                  <Td className="font-mono text-xs">{m.companyCode}</Td>
                  <Td>{KIND_LABELS[m.kind] ?? m.kind}</Td>
                  <Td><ClickToDial number={m.recipient} />{m.personName && <span className="block text-xs text-slate-500">{m.personName}</span>}</Td>
                  <Td><Badge tone={STATUS_TONES[m.status]}>{STATUS_LABELS[m.status]}</Badge></Td>
                  <Td className="text-center">{m.attempts}</Td>
                  <Td className="max-w-72 truncate text-xs text-slate-600" title={m.lastErrorMessage ?? m.statusReason ?? ""}>
                    {m.lastErrorCode ? `${m.lastErrorCode} · ${m.lastErrorMessage ?? ""}` : m.statusReason ?? "—"}
                  </Td>
                </Tr>
              ))}
            </tbody>
          </Table>
          <Pagination page={result.page} pageSize={result.pageSize} total={result.total} totalCapped={result.totalCapped} params={query} basePath="/messages" />
        </>
      )}
    </>
  );
}
