"use client";
import { cancelMessage, retryMessage } from "@/app/(admin)/messages/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";
import type { OutboxStatus } from "@/db/schema/messaging";

const RETRYABLE: OutboxStatus[] = ["failed", "needs_review"];
const CANCELLABLE: OutboxStatus[] = ["queued", "held", "retry_scheduled"];

/** Admin decisions on one message: an explicit new attempt, or cancelling what has not gone out. */
export function MessageActions({ id, status }: { id: number; status: OutboxStatus }) {
  return (
    <>
      {RETRYABLE.includes(status) && (
        <ConfirmButton
          label="Reenviar"
          variant="primary"
          size="md"
          title="Reenviar esta mensagem?"
          description={status === "needs_review"
            ? "O resultado do envio anterior é desconhecido: o cliente pode já ter recebido. Reenvie só se tiver confirmado que não recebeu."
            : "Uma nova tentativa será feita pelo processamento em segundo plano."}
          confirmLabel="Reenviar"
          onConfirm={() => retryMessage({ id })}
        />
      )}
      {CANCELLABLE.includes(status) && (
        <ConfirmButton
          label="Cancelar envio"
          size="md"
          title="Cancelar esta mensagem?"
          description="Ela não será enviada. A ação fica registrada na auditoria."
          confirmLabel="Cancelar envio"
          onConfirm={() => cancelMessage({ id })}
        />
      )}
    </>
  );
}
