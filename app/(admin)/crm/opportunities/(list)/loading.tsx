import { Skeleton } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export default function OpportunitiesLoading() {
  return (
    <>
      <PageHeader code="CRMFM020" title="Oportunidades" />
      <Skeleton rows={10} />
    </>
  );
}
