import { Skeleton } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export default function TasksLoading() {
  return (
    <>
      <PageHeader code="CRMFM040" title="Tarefas" />
      <Skeleton rows={10} />
    </>
  );
}
