"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { saveOrderStageNotifications } from "@/app/(admin)/integrations/rd-conversas/order-stages/actions";
import { Button } from "@/components/ui/button";
import { Checkbox, FormError, Select } from "@/components/ui/field";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { applyServerResult } from "@/components/ui/use-server-form";
import { orderStageNotificationsSchema, type OrderStageNotificationsInput } from "@/lib/rdconversas/order-schemas";
import type { OrderChannel } from "@/lib/rdconversas/order-stages";

type MessageOption = { id: number; label: string; active: boolean };
type StageRow = { stage: string; label: string; notify: boolean; messageId: number | null };

/** One channel's stages: which notify and with which of the company's order messages; saved as a whole. */
export function StageNotificationsForm({ companyId, channel, channelLabel, stages, messages }: {
  companyId: number; channel: OrderChannel; channelLabel: string; stages: StageRow[]; messages: MessageOption[];
}) {
  const initial: OrderStageNotificationsInput = {
    companyId, channel, stages: stages.map(({ stage, notify, messageId }) => ({ stage, notify, messageId })),
  };
  const form = useForm<OrderStageNotificationsInput>({ resolver: zodResolver(orderStageNotificationsSchema), defaultValues: initial });
  const { register, handleSubmit, formState: { errors, isSubmitting } } = form;
  const [saved, setSaved] = useState(false);
  const onSubmit = handleSubmit(async (values) => {
    setSaved(false);
    if (applyServerResult(form, await saveOrderStageNotifications(values))) {
      form.reset(values);
      setSaved(true);
    }
  });
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-label={`Notificações ${channelLabel}`}>
      <FormError message={errors.root?.server?.message} />
      <Table caption={`Estágios do canal ${channelLabel}`}>
        <thead><tr><Th>Estágio</Th><Th className="w-28">Notificar</Th><Th>Mensagem</Th></tr></thead>
        <tbody className="divide-y divide-slate-100">
          {stages.map((row, i) => {
            const error = errors.stages?.[i]?.messageId?.message ?? errors.stages?.[i]?.stage?.message;
            // Only active messages can be chosen; a saved inactive one stays visible so the admin sees why nothing goes out.
            const options = messages.filter((m) => m.active || m.id === row.messageId);
            return (
              <Tr key={row.stage}>
                <Td className="font-medium">{row.label}</Td>
                <Td><Checkbox label="Notificar" {...register(`stages.${i}.notify`)} /></Td>
                <Td>
                  <Select
                    aria-label={`Mensagem do estágio ${row.label}`}
                    aria-invalid={error ? true : undefined}
                    {...register(`stages.${i}.messageId`, { setValueAs: (v) => (v === "" || v === null ? null : Number(v)) })}
                  >
                    <option value="">Escolha a mensagem…</option>
                    {options.map((m) => (
                      <option key={m.id} value={m.id}>{m.active ? m.label : `${m.label} (inativa: não envia)`}</option>
                    ))}
                  </Select>
                  {error && <p className="mt-1 text-sm text-red-600">{error}</p>}
                </Td>
              </Tr>
            );
          })}
        </tbody>
      </Table>
      <div className="flex items-center justify-end gap-3">
        {saved && <span role="status" className="text-sm text-emerald-700">Notificações de {channelLabel} salvas.</span>}
        <Button type="submit" busy={isSubmitting}>Salvar</Button>
      </div>
    </form>
  );
}
