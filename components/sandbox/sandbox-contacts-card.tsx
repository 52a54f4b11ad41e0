import { Card } from "@/components/ui/card";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { formatDateTime, formatInteger } from "@/lib/br/format";
import { formatPhone } from "@/lib/br/phone";

type Contact = { _id: string; fullName: string; phone: string; chip: string; at: Date };

/** The contacts the simulated RD Conversas account holds, as its contact list would show them. */
export function SandboxContactsCard({ rows, total }: { rows: Contact[]; total: number }) {
  return (
    <Card title={`Contatos cadastrados (${formatInteger(total)})`}>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500">Nenhum contato cadastrado ainda. PESFP079 e o cadastro de pessoas enviam contatos para cá.</p>
      ) : (
        <Table caption="Contatos cadastrados">
          <thead><tr><Th>Nome</Th><Th>Telefone</Th><Th>Chip</Th><Th>ID do contato</Th><Th>Cadastrado em</Th></tr></thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((c) => (
              <Tr key={c._id}>
                <Td>{c.fullName}</Td>
                <Td className="whitespace-nowrap">{formatPhone(c.phone)}</Td>
                <Td>{c.chip}</Td>
                <Td className="font-mono text-xs">{c._id}</Td>
                <Td className="whitespace-nowrap">{formatDateTime(c.at)}</Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
