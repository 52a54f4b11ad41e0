import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { formatDocument } from "@/lib/br/document";
import { ClickToDial } from "@/components/cti/click-to-dial";
import type { PersonDetail } from "@/lib/people/get-person";

export function PersonContacts({ personId, contacts }: { personId: number; contacts: PersonDetail["contacts"] }) {
  return (
    <Card
      title={`Contatos (${contacts.items.length}${contacts.more ? "+" : ""})`}
      actions={<Link href={`/people/new?conta=${personId}`} className={buttonClass("secondary", "sm")}>Novo contato</Link>}
    >
      {contacts.items.length === 0 ? (
        <p className="text-sm text-slate-500">Nenhum contato vinculado a esta pessoa.</p>
      ) : (
        <Table caption="Contatos">
          <thead><tr><Th>Nome</Th><Th>CPF/CNPJ</Th><Th>Telefone</Th><Th>Código ERP</Th></tr></thead>
          <tbody className="divide-y divide-slate-100">
            {contacts.items.map((c) => (
              <Tr key={c.id}>
                <Td><Link href={`/people/${c.id}`} className="font-medium text-brand-700 hover:underline">{c.name}</Link></Td>
                <Td className="font-mono text-xs">{formatDocument(c.document) || "—"}</Td>
                <Td className="whitespace-nowrap">{c.phone ? <ClickToDial number={c.phone} /> : "—"}</Td>
                <Td className="font-mono text-xs">{c.erpCode ?? "—"}</Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
      {contacts.more && <p className="mt-2 text-xs text-slate-500">Mostrando os primeiros {contacts.items.length} contatos por nome.</p>}
    </Card>
  );
}
