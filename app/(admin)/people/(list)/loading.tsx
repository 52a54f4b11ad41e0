import { Skeleton } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export default function PeopleLoading() {
  return (
    <>
      <PageHeader code="PESFM010" title="Pessoas" />
      <Skeleton rows={10} />
    </>
  );
}
