import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Facts } from "@/components/ui/facts";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { formatCents, formatDateTime } from "@/lib/br/format";
import { ServiceError } from "@/lib/core/errors";
import { getPageContext } from "@/lib/core/request-context";
import { getOpportunity } from "@/lib/crm/get-opportunity";
import { stageLabel } from "@/lib/crm/stage-label";

export const metadata: Metadata = { title: "Oportunidade" };

/** Another company's opportunity answers 404. */
export default async function OpportunityPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await getPageContext();
  const raw = (await params).id;
  if (!/^\d{1,9}$/.test(raw)) notFound();
  const row = await getOpportunity({ ctx, input: { id: Number(raw) } }).catch((error) => {
    if (error instanceof ServiceError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const o = row.opportunity;
  return (
    <>
      <PageHeader code="CRMFM020" title={`Oportunidade ${o.id}`} description={o.title} />
      <Card>
        <Facts items={[
          ["Etapa", stageLabel(o.stage)],
          ["Valor", formatCents(o.amountCents)],
          ["Conta", <Link key="a" href={`/people/${row.account.id}`} className="text-brand-700 underline">{row.account.name}</Link>],
          ["Contato", row.contactName ?? "—"],
          ["Empresa", row.companyName],
          ["Criada em", formatDateTime(o.createdAt)],
          ["Criada por", row.createdByName],
        ]} />
      </Card>
      <p className="mt-4 text-sm"><Link href={`/crm/opportunities?num_id_pessoa=${row.account.id}`} className="text-brand-700 underline">Outras oportunidades desta conta</Link></p>
    </>
  );
}
