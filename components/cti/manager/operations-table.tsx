import { Badge } from "@/components/ui/card";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { CtiOperationEnabledToggle } from "./operation-enabled-toggle";
import { CtiOperationForm } from "./operation-form";
import { DeleteCtiOperationButton } from "./delete-operation-button";

type Operation = { id: number; code: string; name: string; url: string; takesInput: boolean; builtIn: boolean; enabled: boolean };

export function CtiOperationsTable({ operations }: { operations: Operation[] }) {
  return (
    <Table caption="Operações do cliente CTI">
      <thead><tr><Th>Nome</Th><Th>Código</Th><Th>URL</Th><Th>Entrada</Th><Th>Situação</Th><Th className="text-right">Ações</Th></tr></thead>
      <tbody className="divide-y divide-slate-100">
        {operations.map((op) => (
          <Tr key={op.id}>
            <Td>{op.name}</Td>
            <Td className="font-mono text-xs">{op.code}</Td>
            <Td className="max-w-xs truncate font-mono text-xs" title={op.url}>{op.url}</Td>
            <Td>{op.takesInput ? "Solicita código" : "—"}</Td>
            <Td><CtiOperationEnabledToggle id={op.id} name={op.name} enabled={op.enabled} /></Td>
            <Td className="space-x-2 whitespace-nowrap text-right">
              {op.builtIn ? (
                <span title="Operação padrão: pode ser apenas ativada ou desativada."><Badge tone="blue">Padrão</Badge></span>
              ) : (
                <>
                  <CtiOperationForm operation={{ id: op.id, code: op.code, name: op.name, url: op.url, takesInput: op.takesInput }} />
                  <DeleteCtiOperationButton id={op.id} name={op.name} />
                </>
              )}
            </Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
