import { Skeleton } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export default function PersonLoading() {
  return (
    <>
      <PageHeader code="PESFM010" title="Pessoa" />
      <Skeleton rows={8} />
    </>
  );
}
