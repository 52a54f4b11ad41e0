"use client";
import { setUserActive } from "@/app/(admin)/admin/users/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";

export function UserActiveButton({ id, name, active }: { id: number; name: string; active: boolean }) {
  return active ? (
    <ConfirmButton
      label="Desativar"
      title="Desativar usuário?"
      description={<><strong>{name}</strong> deixa de entrar no Recado a partir da próxima ação. O histórico é mantido e o usuário pode ser reativado.</>}
      confirmLabel="Desativar"
      onConfirm={() => setUserActive({ id, active: false })}
    />
  ) : (
    <ConfirmButton
      label="Reativar"
      title="Reativar usuário?"
      description={<><strong>{name}</strong> volta a entrar no Recado com a senha atual e as mesmas empresas.</>}
      confirmLabel="Reativar"
      variant="primary"
      onConfirm={() => setUserActive({ id, active: true })}
    />
  );
}
