import type { Metadata } from "next";
import Link from "next/link";
import { DeleteDocumentButton } from "@/components/documents/delete-document-button";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { formatDateTime } from "@/lib/br/format";
import { getAdminPageContext } from "@/lib/core/request-context";
import { DOCUMENT_KIND_LABELS, STATEMENT_TYPE_LABELS } from "@/lib/documents/labels";
import { listDocumentTemplates } from "@/lib/documents/list-document-templates";

export const metadata: Metadata = { title: "CADFM060 · Termos e demonstrativos" };

export default async function DocumentsPage() {
  const ctx = await getAdminPageContext();
  const rows = await listDocumentTemplates({ ctx });
  return (
    <>
      <PageHeader
        code="CADFM060"
        title="Termos e demonstrativos"
        description="Termos de acordo e demonstrativos de débito da empresa logada, com coringas como #NOME_DEVEDOR# e #NOME_USUARIO#."
        actions={<Link href="/admin/documents/new" className={buttonClass()}>Novo documento</Link>}
      />
      {rows.length === 0 ? (
        <EmptyState title="Nenhum documento cadastrado">
          Crie um termo de acordo e um demonstrativo de débito do tipo “Título Original” para usar na Integração WhatsApp.
        </EmptyState>
      ) : (
        <Table caption="Termos de acordo e demonstrativos de débito">
          <thead><tr><Th>Documento</Th><Th>Nome</Th><Th>Tipo</Th><Th>Atualizado em</Th><Th className="text-right">Ações</Th></tr></thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((d) => (
              <Tr key={d.id}>
                <Td className="whitespace-nowrap">{DOCUMENT_KIND_LABELS[d.kind]}</Td>
                <Td><Link href={`/admin/documents/${d.id}`} className="text-brand-700 underline">{d.name}</Link></Td>
                <Td>{d.statementType ? STATEMENT_TYPE_LABELS[d.statementType] : "—"}</Td>
                <Td className="whitespace-nowrap">{formatDateTime(d.updatedAt)}</Td>
                <Td className="space-x-2 whitespace-nowrap text-right">
                  <Link href={`/admin/documents/${d.id}`} className={buttonClass("secondary", "sm")}>Editar</Link>
                  <DeleteDocumentButton id={d.id} name={d.name} />
                </Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
