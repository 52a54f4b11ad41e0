import type { Metadata } from "next";
import { CtiCallsTable } from "@/components/cti/logs/calls-table";
import { CtiLogFilters } from "@/components/cti/logs/log-filters";
import { EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { isAdmin } from "@/lib/core/ctx";
import { getPageContext } from "@/lib/core/request-context";
import { listCtiCalls } from "@/lib/cti/logs/list-calls";
import { ctiLogFiltersOf, ctiLogQueryOf, ctiLogSearchParamsSchema } from "@/lib/cti/logs/schemas";
import { listUsers } from "@/lib/users/list-users";

export const metadata: Metadata = { title: "Registro de chamadas" };

const BASE_PATH = "/cti/calls";

export default async function CtiCallsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await getPageContext();
  const params = ctiLogSearchParamsSchema.parse(await searchParams);
  const [result, users] = await Promise.all([
    listCtiCalls({ ctx, input: ctiLogFiltersOf(params) }),
    isAdmin(ctx) ? listUsers({ ctx }) : null,
  ]);
  const unanswered = params.nao_atendidas === "1";
  return (
    <>
      <PageHeader
        code="CTIFC002"
        title="Registro de chamadas"
        description={isAdmin(ctx) ? "Chamadas recebidas e efetuadas pelo Smart CTI, de todos os usuários." : "Suas chamadas recebidas e efetuadas pelo Smart CTI."}
      />
      <CtiLogFilters params={params} users={users} basePath={BASE_PATH} unansweredFilter />
      {result.rows.length === 0 ? (
        <EmptyState title={unanswered ? "Nenhuma chamada não atendida" : "Nenhuma chamada encontrada"}>Ajuste os filtros ou o período.</EmptyState>
      ) : (
        <>
          <CtiCallsTable rows={result.rows} />
          <Pagination page={result.page} pageSize={result.pageSize} total={result.total} params={ctiLogQueryOf(params)} basePath={BASE_PATH} />
        </>
      )}
    </>
  );
}
