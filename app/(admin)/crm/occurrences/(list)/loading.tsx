import { Skeleton } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export default function OccurrencesLoading() {
  return (
    <>
      <PageHeader code="CRMFM010" title="Ocorrências" />
      <Skeleton rows={10} />
    </>
  );
}
