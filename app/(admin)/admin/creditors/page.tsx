import type { Metadata } from "next";
import { CreditorActiveButton } from "@/components/creditors/creditor-active-button";
import { CreditorForm } from "@/components/creditors/creditor-form";
import { CreditorSearch } from "@/components/creditors/creditor-search";
import { Badge, EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { formatDocument } from "@/lib/br/document";
import { getAdminPageContext } from "@/lib/core/request-context";
import { CREDITORS_PAGE_SIZE, listCreditors } from "@/lib/creditors/list-creditors";
import { parseCreditorParams } from "@/lib/creditors/params";

export const metadata: Metadata = { title: "CADFM050 · Credores" };

export default async function CreditorsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await getAdminPageContext();
  const { q, page } = parseCreditorParams(await searchParams);
  const { items, total } = await listCreditors({ ctx, input: { q, page } });
  return (
    <>
      <PageHeader
        code="CADFM050"
        title="Credores"
        description="As empresas em nome de quem as dívidas são cobradas, na empresa logada. Cada credor pode ter termo e demonstrativo próprios na Integração WhatsApp."
        actions={<CreditorForm />}
      />
      <CreditorSearch q={q} action="/admin/creditors" />
      {total === 0 ? (
        <EmptyState title={q ? `Nenhum credor encontrado para “${q}”` : "Nenhum credor cadastrado"}>
          {q ? "Confira o nome ou limpe a busca." : "Cadastre o primeiro pelo botão “Novo credor”."}
        </EmptyState>
      ) : (
        <>
          <Table caption="Credores">
            <thead><tr><Th>Nome</Th><Th>CPF/CNPJ</Th><Th>Situação</Th><Th className="text-right">Ações</Th></tr></thead>
            <tbody className="divide-y divide-slate-100">
              {items.map((c) => (
                <Tr key={c.id}>
                  <Td>{c.name}</Td>
                  <Td className="font-mono whitespace-nowrap">{formatDocument(c.document) || "—"}</Td>
                  <Td>{c.active ? <Badge tone="green">Ativo</Badge> : <Badge>Inativo</Badge>}</Td>
                  <Td className="space-x-2 whitespace-nowrap text-right">
                    <CreditorForm creditor={{ id: c.id, name: c.name, document: formatDocument(c.document) }} />
                    <CreditorActiveButton id={c.id} name={c.name} active={c.active} />
                  </Td>
                </Tr>
              ))}
            </tbody>
          </Table>
          <Pagination page={page} pageSize={CREDITORS_PAGE_SIZE} total={total} params={{ q }} basePath="/admin/creditors" />
        </>
      )}
    </>
  );
}
