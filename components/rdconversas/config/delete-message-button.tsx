"use client";
import { deleteRdMessage } from "@/app/(admin)/integrations/rd-conversas/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";

export function DeleteMessageButton({ id, typeLabel }: { id: number; typeLabel: string }) {
  return (
    <ConfirmButton
      label="Excluir"
      title="Excluir mensagem?"
      description={<>A mensagem <strong>{typeLabel}</strong> será excluída, com as notificações de estágio de pedido que a usam.</>}
      confirmLabel="Excluir"
      onConfirm={() => deleteRdMessage({ id })}
    />
  );
}
