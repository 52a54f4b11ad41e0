import type { Metadata } from "next";
import { DocumentEditor } from "@/components/documents/document-editor";
import { PageHeader } from "@/components/ui/page-header";
import { getAdminPageContext } from "@/lib/core/request-context";
import { parseNewDocumentParams } from "@/lib/documents/new-document-params";

export const metadata: Metadata = { title: "CADFM060 · Novo documento" };

export default async function NewDocumentPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await getAdminPageContext();
  const { kind, statementType, returnTo } = parseNewDocumentParams(await searchParams);
  return (
    <>
      <PageHeader code="CADFM060" title="Novo documento" description="Termo de acordo ou demonstrativo de débito com coringas." />
      <DocumentEditor initial={{ kind, statementType, name: "", body: "" }} returnTo={returnTo} />
    </>
  );
}
