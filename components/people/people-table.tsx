import Link from "next/link";
import { Badge } from "@/components/ui/card";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { formatDocument } from "@/lib/br/document";
import { ClickToDial } from "@/components/cti/click-to-dial";
import { KIND_LABELS, KIND_SHORT } from "@/lib/people/labels";
import type { PersonListRow } from "@/lib/people/list-people";

export function PeopleTable({ rows }: { rows: PersonListRow[] }) {
  return (
    <Table caption="Pessoas">
      <thead>
        <tr><Th>Nome</Th><Th>Tipo</Th><Th>CPF/CNPJ</Th><Th>Telefone principal</Th><Th>Código ERP</Th></tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((p) => (
          <Tr key={p.id}>
            <Td>
              <Link href={`/people/${p.id}`} className="font-medium text-brand-700 hover:underline">{p.name}</Link>
              {p.tradeName && <span className="block text-xs text-slate-500">{p.tradeName}</span>}
              {p.account && <span className="block text-xs text-slate-500">Contato de {p.account.name}</span>}
            </Td>
            <Td><abbr title={KIND_LABELS[p.kind]} className="no-underline"><Badge tone={p.kind === "legal" ? "blue" : "slate"}>{KIND_SHORT[p.kind]}</Badge></abbr></Td>
            <Td className="whitespace-nowrap font-mono text-xs">{formatDocument(p.document) || <span className="text-slate-400">—</span>}</Td>
            <Td className="whitespace-nowrap">{p.phone ? <ClickToDial number={p.phone} /> : <span className="text-slate-400">—</span>}</Td>
            <Td className="font-mono text-xs">{p.erpCode ?? <span className="text-slate-400">—</span>}</Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
