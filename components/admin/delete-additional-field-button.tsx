"use client";
import { deleteAdditionalField } from "@/app/(admin)/admin/additional-fields/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";

export function DeleteAdditionalFieldButton({ id, code }: { id: number; code: string }) {
  return (
    <ConfirmButton
      label="Excluir"
      title="Excluir campo adicional?"
      description={<>O campo <strong>{code}</strong> será excluído. Campos com valores em alguma pessoa não podem ser excluídos.</>}
      confirmLabel="Excluir"
      onConfirm={() => deleteAdditionalField({ id })}
    />
  );
}
