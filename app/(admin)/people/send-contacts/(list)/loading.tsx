import { Skeleton } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export default function SendContactsLoading() {
  return (
    <>
      <PageHeader code="PESFP079" title="Envio de contatos em lote" />
      <Skeleton rows={10} />
    </>
  );
}
