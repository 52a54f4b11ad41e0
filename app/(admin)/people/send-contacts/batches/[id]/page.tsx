import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BatchLive } from "@/components/rdconversas/contacts/batch-live";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { ServiceError } from "@/lib/core/errors";
import { getPageContext } from "@/lib/core/request-context";
import { contactBatchView } from "@/lib/rdconversas/contacts/contact-batch-view";

export const metadata: Metadata = { title: "Lote de envio de contatos" };

/** Company-owned: no loading boundary above this page, so another company's batch answers a real 404. */
export default async function ContactBatchPage({ params, searchParams }: {
  params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await getPageContext();
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const rawPage = (await searchParams).page;
  const page = typeof rawPage === "string" && /^\d+$/.test(rawPage) && Number(rawPage) > 0 ? Number(rawPage) : 1;
  const view = await contactBatchView({ ctx, input: { id, page } }).catch((error) => {
    if (error instanceof ServiceError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <>
      <PageHeader
        code="PESFP079"
        title={`Envio de contatos em lote · Lote #${view.id}`}
        description="O progresso vem da fila de envio: pode sair desta tela e voltar quando quiser."
        actions={<Link href="/people/send-contacts" className={buttonClass("secondary")}>Voltar à lista</Link>}
      />
      <BatchLive initial={view} />
    </>
  );
}
