import { Skeleton } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export default function HistoryLoading() {
  return (
    <>
      <PageHeader code="CRMFM030" title="Histórico" />
      <Skeleton rows={10} />
    </>
  );
}
