"use client";
import { revokeApiKey } from "@/app/(admin)/admin/api-keys/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";

export function RevokeApiKeyButton({ id, name }: { id: number; name: string }) {
  return (
    <ConfirmButton
      label="Revogar"
      title="Revogar chave?"
      description={<>A chave <strong>{name}</strong> deixará de funcionar imediatamente: o ERP que a usa receberá 401 até receber uma nova chave. Não é possível desfazer.</>}
      confirmLabel="Revogar"
      onConfirm={() => revokeApiKey({ id })}
    />
  );
}
