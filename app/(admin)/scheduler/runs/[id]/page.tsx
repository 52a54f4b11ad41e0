import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RunLive } from "@/components/scheduler/run-live";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { ServiceError } from "@/lib/core/errors";
import { getPageContext } from "@/lib/core/request-context";
import { getRun } from "@/lib/scheduler/get-run";
import { toRunView } from "@/lib/scheduler/run-view";

export const metadata: Metadata = { title: "Execução de processo" };

export default async function ProcessRunPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await getPageContext();
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const detail = await getRun({ ctx, input: { id } }).catch((error) => {
    if (error instanceof ServiceError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <>
      <PageHeader
        code="GERFP095"
        title={`Execução #${detail.run.id}`}
        description={`${detail.config.description} · ${detail.config.processName}`}
        actions={<Link href={`/scheduler/${detail.config.id}`} className={buttonClass("secondary")}>Ver configuração</Link>}
      />
      <RunLive initial={toRunView(detail)} />
    </>
  );
}
