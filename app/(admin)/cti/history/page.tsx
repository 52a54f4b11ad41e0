import type { Metadata } from "next";
import { CtiLogFilters } from "@/components/cti/logs/log-filters";
import { CtiUsageLogTable } from "@/components/cti/logs/usage-log-table";
import { EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { isAdmin } from "@/lib/core/ctx";
import { getPageContext } from "@/lib/core/request-context";
import { listCtiUsageLog } from "@/lib/cti/logs/list-usage-log";
import { ctiLogFiltersOf, ctiLogQueryOf, ctiLogSearchParamsSchema } from "@/lib/cti/logs/schemas";
import { listUsers } from "@/lib/users/list-users";

export const metadata: Metadata = { title: "Histórico de uso do CTI" };

const BASE_PATH = "/cti/history";

export default async function CtiHistoryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await getPageContext();
  const params = ctiLogSearchParamsSchema.parse(await searchParams);
  const [result, users] = await Promise.all([
    listCtiUsageLog({ ctx, input: ctiLogFiltersOf(params) }),
    isAdmin(ctx) ? listUsers({ ctx }) : null,
  ]);
  return (
    <>
      <PageHeader
        code="CTIFC001"
        title="Histórico de uso do CTI"
        description={isAdmin(ctx) ? "Logins (1) e logouts (2) no Smart CTI de todos os usuários." : "Seus logins (1) e logouts (2) no Smart CTI."}
      />
      <CtiLogFilters params={params} users={users} basePath={BASE_PATH} />
      {result.rows.length === 0 ? (
        <EmptyState title="Nenhum login ou logout encontrado">Ajuste o período ou inicie o cliente CTI no Gerenciador CTI.</EmptyState>
      ) : (
        <>
          <CtiUsageLogTable rows={result.rows} />
          <Pagination page={result.page} pageSize={result.pageSize} total={result.total} params={ctiLogQueryOf(params)} basePath={BASE_PATH} />
        </>
      )}
    </>
  );
}
