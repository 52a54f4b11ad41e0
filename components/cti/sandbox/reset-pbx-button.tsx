"use client";
import { resetSandboxPbx } from "@/app/(admin)/admin/sandbox/pbx/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";

export function ResetPbxButton() {
  return (
    <ConfirmButton
      label="Reiniciar PBX"
      title="Reiniciar o PBX simulado?"
      description="Todos os ramais saem de serviço, os agentes são deslogados e as chamadas e falhas simuladas são apagadas. Clientes CTI abertos deixam de receber eventos até novo login."
      confirmLabel="Reiniciar"
      onConfirm={() => resetSandboxPbx({})}
    />
  );
}
