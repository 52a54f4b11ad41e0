import type { Metadata } from "next";
import { OccurrenceForm } from "@/components/crm/occurrence-form";
import { TargetRequired } from "@/components/crm/target-required";
import { PageHeader } from "@/components/ui/page-header";
import { getPageContext } from "@/lib/core/request-context";
import { listOccurrenceTypes } from "@/lib/crm/list-occurrence-types";
import { loadCrmTarget } from "@/lib/crm/load-target";
import { crmQuery, parseCrmParams } from "@/lib/crm/params";

export const metadata: Metadata = { title: "Nova ocorrência" };

export default async function NewOccurrencePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await getPageContext();
  const params = parseCrmParams(await searchParams);
  const [loaded, types] = await Promise.all([loadCrmTarget({ ctx, input: params }), listOccurrenceTypes({ ctx })]);
  return (
    <>
      <PageHeader code="CRMFM010" title="Nova ocorrência" description="O protocolo é gerado ao salvar." />
      {"target" in loaded
        ? <OccurrenceForm target={loaded.target} types={types} cancelHref={`/crm/occurrences${crmQuery(params)}`} />
        : <TargetRequired problem={loaded.problem} />}
    </>
  );
}
