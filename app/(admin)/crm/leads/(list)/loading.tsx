import { Skeleton } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export default function LeadsLoading() {
  return (
    <>
      <PageHeader code="CRMFM001" title="Leads" />
      <Skeleton rows={10} />
    </>
  );
}
