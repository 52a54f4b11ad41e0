"use client";
import { resetSandbox } from "@/app/(admin)/admin/sandbox/faults/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";

export function ResetSandboxButton() {
  return (
    <ConfirmButton
      label="Reiniciar simulador"
      title="Reiniciar o simulador do RD Conversas?"
      description="A caixa de entrada, os contatos, os contadores de entrega e as falhas simuladas serão apagados. Chips e templates voltam ao padrão."
      confirmLabel="Reiniciar"
      onConfirm={() => resetSandbox({})}
    />
  );
}
