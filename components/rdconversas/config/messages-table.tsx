import { Badge } from "@/components/ui/card";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import type { CompanyRef } from "@/lib/core/ctx";
import type { RdMessageRow } from "@/lib/rdconversas/config/list-rd-messages";
import { findMessageType } from "@/lib/rdconversas/message-types";
import { DeleteMessageButton } from "./delete-message-button";
import { EditMessageDialog } from "./edit-message-dialog";
import { ReplicateDialog } from "./replicate-dialog";
import { SendTestDialog } from "./send-test-dialog";

/** The logged company's messages with their state, field list, template drift and row actions. */
export function MessagesTable({ messages, chips, companyName, otherCompanies }: {
  messages: RdMessageRow[]; chips: { id: string; label: string }[]; companyName: string; otherCompanies: CompanyRef[];
}) {
  return (
    <Table caption="Mensagens da empresa">
      <thead>
        <tr><Th>Tipo</Th><Th>Template</Th><Th>Chip</Th><Th>Situação</Th><Th>Campos</Th><Th className="text-right">Ações</Th></tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {messages.map((m) => (
          <Tr key={m.id}>
            <Td className="font-medium">{m.typeLabel}</Td>
            <Td>
              <span className="font-mono text-xs">{m.templateName}</span>
              {m.warning && <p className="mt-1 max-w-sm text-xs text-amber-700"><span aria-hidden>⚠ </span>{m.warning}</p>}
            </Td>
            <Td className="min-w-36">{m.chipLabel}</Td>
            <Td>{m.active ? <Badge tone="green">Ativa</Badge> : <Badge>Inativa</Badge>}</Td>
            <Td className="max-w-xs text-xs">
              {m.fieldLabels && <p>{m.fieldLabels}</p>}
              {m.fieldProblem && <p className="font-medium text-red-700" title={m.fieldProblem}>Lista de campos incompleta</p>}
            </Td>
            <Td>
              <div className="ml-auto grid w-max grid-cols-[auto_auto] gap-1.5">
                <EditMessageDialog
                  message={{
                    id: m.id, typeLabel: m.typeLabel, group: findMessageType(m.type)?.group ?? "due", templateName: m.templateName,
                    templateText: m.templateText, variableCount: m.variableCount, chipId: m.chipId, chipLabel: m.chipLabel,
                    active: m.active, fields: m.fields,
                  }}
                  chips={chips}
                  companyName={companyName}
                />
                <SendTestDialog id={m.id} typeLabel={m.typeLabel} />
                <ReplicateDialog id={m.id} typeLabel={m.typeLabel} companies={otherCompanies} />
                <DeleteMessageButton id={m.id} typeLabel={m.typeLabel} />
              </div>
            </Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
