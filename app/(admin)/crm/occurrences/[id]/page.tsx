import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Facts } from "@/components/ui/facts";
import { OccurrenceStatusBadge } from "@/components/crm/occurrence-status-badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime } from "@/lib/br/format";
import { ServiceError } from "@/lib/core/errors";
import { getPageContext } from "@/lib/core/request-context";
import { getOccurrence } from "@/lib/crm/get-occurrence";

export const metadata: Metadata = { title: "Ocorrência" };

/** The CTI detail code is the protocol or the id; another company's occurrence answers 404. */
export default async function OccurrencePage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await getPageContext();
  const code = decodeURIComponent((await params).id);
  const row = await getOccurrence({ ctx, input: { code } }).catch((error) => {
    if (error instanceof ServiceError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const o = row.occurrence;
  return (
    <>
      <PageHeader code="CRMFM010" title={`Ocorrência ${o.protocol}`} description={o.subject} />
      <Card>
        <Facts items={[
          ["Protocolo", <span key="p" className="font-mono">{o.protocol}</span>],
          ["Situação", <OccurrenceStatusBadge key="s" status={o.status} />],
          ["Tipo", row.typeName],
          ["Conta", <Link key="a" href={`/people/${row.account.id}`} className="text-brand-700 underline">{row.account.name}</Link>],
          ["Contato", row.contactName ?? "—"],
          ["Empresa", row.companyName],
          ["Aberta em", formatDateTime(o.createdAt)],
          ["Aberta por", row.createdByName],
        ]} />
        {o.description && <p className="mt-4 whitespace-pre-wrap border-t border-slate-100 pt-4 text-sm text-slate-800">{o.description}</p>}
      </Card>
      <p className="mt-4 text-sm"><Link href={`/crm/occurrences?num_id_pessoa=${row.account.id}`} className="text-brand-700 underline">Outras ocorrências desta conta</Link></p>
    </>
  );
}
