import type { Metadata } from "next";
import { TaskForm } from "@/components/crm/task-form";
import { TargetRequired } from "@/components/crm/target-required";
import { PageHeader } from "@/components/ui/page-header";
import { getPageContext } from "@/lib/core/request-context";
import { loadCrmTarget } from "@/lib/crm/load-target";
import { crmQuery, parseCrmParams } from "@/lib/crm/params";

export const metadata: Metadata = { title: "Registrar tarefa" };

export default async function NewTaskPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await getPageContext();
  const params = parseCrmParams(await searchParams);
  const loaded = await loadCrmTarget({ ctx, input: params });
  return (
    <>
      <PageHeader code="CRMFM040" title="Registrar tarefa" />
      {"target" in loaded
        ? <TaskForm target={loaded.target} cancelHref={`/crm/tasks${crmQuery(params)}`} />
        : <TargetRequired problem={loaded.problem} />}
    </>
  );
}
