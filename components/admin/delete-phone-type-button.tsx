"use client";
import { deletePhoneType } from "@/app/(admin)/admin/phone-types/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";

export function DeletePhoneTypeButton({ id, code }: { id: number; code: string }) {
  return (
    <ConfirmButton
      label="Excluir"
      title="Excluir tipo de telefone?"
      description={<>O tipo <strong>{code}</strong> será excluído. Tipos usados em telefones de pessoas ou em parâmetros não podem ser excluídos.</>}
      confirmLabel="Excluir"
      onConfirm={() => deletePhoneType({ id })}
    />
  );
}
