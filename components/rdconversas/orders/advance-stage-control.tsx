"use client";
import { useState } from "react";
import { changeOrderStage } from "@/app/(admin)/orders/[id]/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field, Select } from "@/components/ui/field";
import type { ActionResult } from "@/lib/core/action";

type StageOption = { code: string; label: string };
type Outcome = { changed: boolean; queued: boolean; configured: boolean };

const outcomeText = (o: Outcome) =>
  o.queued ? "Notificação enfileirada."
  : !o.configured ? "Nenhuma notificação configurada para este estágio."
  : "Notificação não enfileirada: o cliente já foi avisado deste estágio, não tem celular principal, recusou WhatsApp ou o RD Conversas não está configurado.";

/** The stage after the current one in the channel's funnel, or the first other stage when it is the last. */
const nextStage = (stages: StageOption[], current: string) => {
  const others = stages.filter((s) => s.code !== current);
  const after = stages.findIndex((s) => s.code === current) + 1;
  return (stages[after] ?? others[0])?.code ?? "";
};

/** "Avançar estágio": choose among the channel's stages (the next one preselected) and confirm. */
export function AdvanceStageControl({ orderId, orderNumber, current, stages }: {
  orderId: number; orderNumber: string; current: StageOption; stages: StageOption[];
}) {
  const [shownFor, setShownFor] = useState(current.code);
  const [stage, setStage] = useState(() => nextStage(stages, current.code));
  const [outcome, setOutcome] = useState<Outcome>();
  // The page re-renders with the new current stage after a change: preselect the one after it.
  if (shownFor !== current.code) {
    setShownFor(current.code);
    setStage(nextStage(stages, current.code));
  }
  const target = stages.find((s) => s.code === stage);
  const confirm = async (): Promise<ActionResult<Outcome>> => {
    setOutcome(undefined);
    const result = await changeOrderStage({ orderId, stage });
    if (result.ok) setOutcome(result.data);
    return result;
  };
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        <Field label="Novo estágio" className="min-w-60 flex-1">
          {(p) => (
            <Select {...p} value={stage} onChange={(e) => setStage(e.target.value)}>
              {stages.filter((s) => s.code !== current.code).map((s) => <option key={s.code} value={s.code}>{s.label}</option>)}
            </Select>
          )}
        </Field>
        <ConfirmButton
          label="Avançar estágio"
          variant="primary"
          size="md"
          title="Avançar o estágio do pedido?"
          description={<>O pedido <strong>{orderNumber}</strong> passa de <strong>{current.label}</strong> para <strong>{target?.label}</strong>. Se este estágio notifica o cliente, a mensagem entra na fila de envio.</>}
          confirmLabel="Avançar"
          onConfirm={confirm}
        />
      </div>
      {outcome && (
        <p role="status" className={outcome.queued ? "text-sm text-emerald-700" : "text-sm text-slate-600"}>{outcomeText(outcome)}</p>
      )}
    </div>
  );
}
