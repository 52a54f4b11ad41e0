import type { Metadata } from "next";
import { AdditionalFieldForm } from "@/components/admin/additional-field-form";
import { DeleteAdditionalFieldButton } from "@/components/admin/delete-additional-field-button";
import { Badge, EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { listAdditionalFields } from "@/lib/additional-fields/list-additional-fields";
import { ADDITIONAL_FIELD_TYPE_LABELS } from "@/lib/additional-fields/schemas";
import { getAdminPageContext } from "@/lib/core/request-context";

export const metadata: Metadata = { title: "Campos adicionais" };

export default async function AdditionalFieldsPage() {
  const ctx = await getAdminPageContext();
  const rows = await listAdditionalFields({ ctx });
  return (
    <>
      <PageHeader
        code="PESFL101"
        title="Campos adicionais"
        description="Informações extras do cadastro de pessoas. Depois que alguma pessoa tem valor, o tipo do campo fica fixo."
        actions={<AdditionalFieldForm />}
      />
      {rows.length === 0 ? (
        <EmptyState title="Nenhum campo adicional cadastrado">Crie campos como data de aniversário ou profissão para o cadastro de pessoas.</EmptyState>
      ) : (
        <Table caption="Campos adicionais">
          <thead><tr><Th>Código</Th><Th>Rótulo</Th><Th>Tipo</Th><Th>Uso</Th><Th className="text-right">Ações</Th></tr></thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((field) => (
              <Tr key={field.id}>
                <Td className="font-mono">{field.code}</Td>
                <Td>{field.label}</Td>
                <Td>{ADDITIONAL_FIELD_TYPE_LABELS[field.type]}</Td>
                <Td>{field.inUse ? <Badge tone="blue">Com valores</Badge> : <Badge>Sem valores</Badge>}</Td>
                <Td className="space-x-2 whitespace-nowrap text-right">
                  <AdditionalFieldForm field={{ id: field.id, code: field.code, label: field.label, type: field.type }} typeLocked={field.inUse} />
                  <DeleteAdditionalFieldButton id={field.id} code={field.code} />
                </Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
