"use client";
import { deleteCtiOperation } from "@/app/(admin)/cti/manager/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";

export function DeleteCtiOperationButton({ id, name }: { id: number; name: string }) {
  return (
    <ConfirmButton
      label="Excluir"
      title="Excluir operação?"
      description={<>A operação <strong>{name}</strong> deixa de aparecer no cliente CTI.</>}
      confirmLabel="Excluir"
      onConfirm={() => deleteCtiOperation({ id })}
    />
  );
}
