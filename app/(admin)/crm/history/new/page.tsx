import type { Metadata } from "next";
import { HistoryForm } from "@/components/crm/history-form";
import { TargetRequired } from "@/components/crm/target-required";
import { PageHeader } from "@/components/ui/page-header";
import { getPageContext } from "@/lib/core/request-context";
import { loadCrmTarget } from "@/lib/crm/load-target";
import { crmQuery, parseCrmParams } from "@/lib/crm/params";

export const metadata: Metadata = { title: "Registrar histórico" };

export default async function NewHistoryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await getPageContext();
  const params = parseCrmParams(await searchParams);
  const loaded = await loadCrmTarget({ ctx, input: params });
  return (
    <>
      <PageHeader code="CRMFM030" title="Registrar histórico" />
      {"target" in loaded
        ? <HistoryForm target={loaded.target} cancelHref={`/crm/history${crmQuery(params)}`} />
        : <TargetRequired problem={loaded.problem} />}
    </>
  );
}
