"use client";
import { deleteCompany } from "@/app/(admin)/admin/companies/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";

export function DeleteCompanyButton({ id, name }: { id: number; name: string }) {
  return (
    <ConfirmButton
      label="Excluir"
      title="Excluir empresa?"
      description={<>A empresa <strong>{name}</strong> será excluída. Empresas com títulos ou pedidos não podem ser excluídas: desative-as.</>}
      confirmLabel="Excluir"
      onConfirm={() => deleteCompany({ id })}
    />
  );
}
