import type { Metadata } from "next";
import { AuditEntryDetail } from "@/components/admin/audit-entry-detail";
import { AuditFilters } from "@/components/admin/audit-filters";
import { EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { auditActionLabel, auditEntityLabel } from "@/lib/audit/labels";
import { listAudit } from "@/lib/audit/list-audit";
import { auditFiltersOf, auditSearchParamsSchema } from "@/lib/audit/schemas";
import { formatDateTime } from "@/lib/br/format";
import { getAdminPageContext } from "@/lib/core/request-context";
import { listUsers } from "@/lib/users/list-users";

export const metadata: Metadata = { title: "Auditoria" };

const BASE_PATH = "/admin/audit";

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await getAdminPageContext();
  const parsed = auditSearchParamsSchema.parse(await searchParams);
  // A company outside the admin's grants is dropped rather than refused: the filter list never offers one.
  const params = typeof parsed.empresa === "number" && !ctx.companies.some((c) => c.id === parsed.empresa)
    ? { ...parsed, empresa: undefined } : parsed;
  const [result, users] = await Promise.all([listAudit({ ctx, input: auditFiltersOf(params) }), listUsers({ ctx })]);
  const query = {
    entidade: params.entidade, acao: params.acao, usuario: params.usuario?.toString(), empresa: params.empresa?.toString(),
    de: params.de, ate: params.ate, registro: params.registro,
  };
  return (
    <>
      <PageHeader
        code="ADMFC010"
        title="Auditoria"
        description="Quem alterou o quê e quando. Mostra as alterações corporativas e as das empresas liberadas para você."
      />
      <AuditFilters params={params} companies={ctx.companies} users={users} basePath={BASE_PATH} />
      {result.rows.length === 0 ? (
        <EmptyState title="Nenhuma alteração encontrada">Ajuste os filtros ou o período.</EmptyState>
      ) : (
        <>
          <Table caption="Registro de auditoria">
            <thead>
              <tr><Th>Data/hora</Th><Th>Usuário</Th><Th>Empresa</Th><Th>Entidade</Th><Th>Registro</Th><Th>Ação</Th><Th className="text-right"><span className="sr-only">Detalhes</span></Th></tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {result.rows.map((row) => {
                const when = formatDateTime(row.at);
                const entity = auditEntityLabel(row.entity);
                const action = auditActionLabel(row.action);
                return (
                  <Tr key={row.id}>
                    <Td className="whitespace-nowrap tabular-nums">{when}</Td>
                    <Td>{row.userName ?? "—"}</Td>
                    <Td>{row.companyCode ? <span title={row.companyName ?? undefined} className="font-mono">{row.companyCode}</span> : <span className="text-slate-500">Corporativo</span>}</Td>
                    <Td>{entity}</Td>
                    <Td className="font-mono text-xs">{row.entityId}</Td>
                    <Td>{action}</Td>
                    <Td className="text-right">
                      <AuditEntryDetail
                        title={`${action}: ${entity} ${row.entityId}`}
                        summary={`${when} · ${row.userName ?? "usuário removido"}${row.companyCode ? ` · empresa ${row.companyCode}` : ""}`}
                        before={row.before}
                        after={row.after}
                      />
                    </Td>
                  </Tr>
                );
              })}
            </tbody>
          </Table>
          <Pagination page={result.page} pageSize={result.pageSize} total={result.total} totalCapped={result.totalCapped} params={query} basePath={BASE_PATH} />
        </>
      )}
    </>
  );
}
