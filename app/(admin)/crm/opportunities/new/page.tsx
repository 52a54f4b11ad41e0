import type { Metadata } from "next";
import { OpportunityForm } from "@/components/crm/opportunity-form";
import { TargetRequired } from "@/components/crm/target-required";
import { PageHeader } from "@/components/ui/page-header";
import { getPageContext } from "@/lib/core/request-context";
import { loadCrmTarget } from "@/lib/crm/load-target";
import { crmQuery, parseCrmParams } from "@/lib/crm/params";

export const metadata: Metadata = { title: "Nova oportunidade" };

export default async function NewOpportunityPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await getPageContext();
  const params = parseCrmParams(await searchParams);
  const loaded = await loadCrmTarget({ ctx, input: params });
  return (
    <>
      <PageHeader code="CRMFM020" title="Nova oportunidade" />
      {"target" in loaded
        ? <OpportunityForm target={loaded.target} cancelHref={`/crm/opportunities${crmQuery(params)}`} />
        : <TargetRequired problem={loaded.problem} />}
    </>
  );
}
