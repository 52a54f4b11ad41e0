import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeleteDocumentButton } from "@/components/documents/delete-document-button";
import { DocumentEditor } from "@/components/documents/document-editor";
import { PageHeader } from "@/components/ui/page-header";
import { ServiceError } from "@/lib/core/errors";
import { getAdminPageContext } from "@/lib/core/request-context";
import { getDocumentTemplate } from "@/lib/documents/get-document-template";
import { usagesSentence } from "@/lib/documents/find-document-usages";
import { DOCUMENT_KIND_LABELS } from "@/lib/documents/labels";

export const metadata: Metadata = { title: "CADFM060 · Documento" };

/** Another company's document (or a made-up id) answers a real 404. */
export default async function DocumentPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await getAdminPageContext();
  const raw = (await params).id;
  if (!/^\d{1,9}$/.test(raw)) notFound();
  const { document, usages } = await getDocumentTemplate({ ctx, input: { id: Number(raw) } }).catch((error) => {
    if (error instanceof ServiceError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <>
      <PageHeader
        code="CADFM060"
        title={document.name}
        description={DOCUMENT_KIND_LABELS[document.kind]}
        actions={<DeleteDocumentButton id={document.id} name={document.name} afterDelete="/admin/documents" />}
      />
      {usages.length > 0 && (
        <p role="note" className="mb-4 rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900">
          Em uso na {usagesSentence(usages)}: o texto pode ser alterado, mas não o tipo, e o documento não pode ser excluído.
        </p>
      )}
      <DocumentEditor
        initial={{ id: document.id, kind: document.kind, statementType: document.statementType, name: document.name, body: document.body }}
        returnTo="/admin/documents"
      />
    </>
  );
}
