import type { Metadata } from "next";
import { DeletePhoneTypeButton } from "@/components/admin/delete-phone-type-button";
import { PhoneTypeForm } from "@/components/admin/phone-type-form";
import { EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { getAdminPageContext } from "@/lib/core/request-context";
import { listPhoneTypes } from "@/lib/phone-types/list-phone-types";

export const metadata: Metadata = { title: "Tipos de telefone" };

export default async function PhoneTypesPage() {
  const ctx = await getAdminPageContext();
  const rows = await listPhoneTypes({ ctx });
  return (
    <>
      <PageHeader
        code="PESFM020"
        title="Tipos de telefone"
        description="Classificam os telefones das pessoas. O parâmetro CD_TIPOFONE_CELULAR diz qual tipo recebe WhatsApp e SMS."
        actions={<PhoneTypeForm />}
      />
      {rows.length === 0 ? (
        <EmptyState title="Nenhum tipo de telefone cadastrado">Cadastre ao menos o celular (ex.: CEL).</EmptyState>
      ) : (
        <Table caption="Tipos de telefone">
          <thead><tr><Th>Código</Th><Th>Descrição</Th><Th className="text-right">Ações</Th></tr></thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((type) => (
              <Tr key={type.id}>
                <Td className="font-mono">{type.code}</Td>
                <Td>{type.description}</Td>
                <Td className="space-x-2 whitespace-nowrap text-right">
                  <PhoneTypeForm phoneType={type} />
                  <DeletePhoneTypeButton id={type.id} code={type.code} />
                </Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
