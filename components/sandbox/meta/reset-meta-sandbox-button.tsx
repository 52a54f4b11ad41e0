"use client";
import { resetMetaSandbox } from "@/app/(admin)/admin/sandbox/meta/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";

export function ResetMetaSandboxButton() {
  return (
    <ConfirmButton
      label="Reiniciar simulador"
      title="Reiniciar o simulador da API oficial?"
      description="Modelos, mensagens, janelas de 24 h, avisos enviados e opções voltam ao início. Os apps registrados continuam, então as contas configuradas seguem funcionando."
      confirmLabel="Reiniciar"
      onConfirm={() => resetMetaSandbox({})}
    />
  );
}
