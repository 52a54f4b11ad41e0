import type { Metadata } from "next";
import { CompanyForm } from "@/components/admin/company-form";
import { DeleteCompanyButton } from "@/components/admin/delete-company-button";
import { Badge, EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { formatDocument } from "@/lib/br/document";
import { listCompanies } from "@/lib/companies/list-companies";
import { getAdminPageContext } from "@/lib/core/request-context";

export const metadata: Metadata = { title: "Empresas" };

export default async function CompaniesPage() {
  const ctx = await getAdminPageContext();
  const rows = await listCompanies({ ctx });
  return (
    <>
      <PageHeader code="ADMFM001" title="Empresas" description="Empresas do grupo. Usuários recebem acesso por empresa." actions={<CompanyForm />} />
      {rows.length === 0 ? (
        <EmptyState title="Nenhuma empresa cadastrada">Cadastre a primeira empresa para começar.</EmptyState>
      ) : (
        <Table caption="Empresas">
          <thead><tr><Th>Código</Th><Th>Nome</Th><Th>CNPJ</Th><Th>Situação</Th><Th className="text-right">Ações</Th></tr></thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((c) => (
              <Tr key={c.id}>
                <Td className="font-mono">{c.code}</Td>
                <Td>{c.name}</Td>
                <Td>{formatDocument(c.document)}</Td>
                <Td>{c.active ? <Badge tone="green">Ativa</Badge> : <Badge>Inativa</Badge>}</Td>
                <Td className="space-x-2 text-right">
                  <CompanyForm company={{ id: c.id, code: c.code, name: c.name, document: formatDocument(c.document), active: c.active }} />
                  <DeleteCompanyButton id={c.id} name={c.name} />
                </Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
