import type { Metadata } from "next";
import { LeadForm } from "@/components/crm/lead-form";
import { PageHeader } from "@/components/ui/page-header";
import { getPageContext } from "@/lib/core/request-context";

export const metadata: Metadata = { title: "Novo lead" };

export default async function NewLeadPage() {
  await getPageContext();
  return (
    <>
      <PageHeader code="CRMFM001" title="Novo lead" description="Interessado ainda sem cadastro de pessoa; fica na empresa logada." />
      <LeadForm />
    </>
  );
}
