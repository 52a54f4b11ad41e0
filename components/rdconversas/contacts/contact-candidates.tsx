"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { startContactBatch } from "@/app/(admin)/people/send-contacts/actions";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { formatDocument } from "@/lib/br/document";
import { formatDate, formatInteger } from "@/lib/br/format";
import { ClickToDial } from "@/components/cti/click-to-dial";
import type { ContactFilters } from "@/lib/rdconversas/contact-schemas";

type CandidateRow = { id: number; name: string; erpCode: string | null; document: string | null; createdAt: Date; e164: string };

const people = (n: number) => `${formatInteger(n)} ${n === 1 ? "pessoa" : "pessoas"}`;

/**
 * The candidates of one page with their checkboxes. "Selecionar todos os N resultados" sends only the filters:
 * the server resolves the same candidates again, so thousands of ids never travel from the browser.
 */
export function ContactCandidates({ rows, total, filters }: { rows: CandidateRow[]; total: number; filters: ContactFilters }) {
  const router = useRouter();
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [allResults, setAllResults] = useState(false);
  const pageSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const count = allResults ? total : selected.size;

  const toggle = (id: number) => {
    setAllResults(false);
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  };
  const togglePage = () => {
    setAllResults(false);
    setSelected(pageSelected ? new Set() : new Set(rows.map((r) => r.id)));
  };
  const send = async () => {
    const result = await startContactBatch(allResults
      ? { selection: "all", filters }
      : { selection: "ids", filters, personIds: [...selected] });
    if (result.ok) router.push(`/people/send-contacts/batches/${(result.data as { id: number }).id}`);
    return result;
  };

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white px-4 py-3">
        <p className="text-sm text-slate-700" aria-live="polite">
          {count === 0 ? "Nenhuma pessoa selecionada." : allResults ? `Todas as ${people(total)} selecionadas.` : `${people(count)} ${count === 1 ? "selecionada" : "selecionadas"}.`}
        </p>
        {count === 0 ? <Button type="button" disabled>Enviar</Button> : (
          <ConfirmButton
            label={`Enviar ${people(count)}`}
            title="Enviar contatos ao RD Conversas?"
            description={`${people(count)} ${count === 1 ? "será cadastrada" : "serão cadastradas"} como contato no RD Conversas. O envio segue pela fila e você acompanha o progresso na tela do lote.`}
            confirmLabel="Enviar"
            variant="primary"
            size="md"
            onConfirm={send}
          />
        )}
      </div>
      {pageSelected && total > rows.length && (
        <div className="rounded-md bg-brand-50 px-4 py-2 text-sm text-slate-800">
          {allResults ? (
            <>Todas as {people(total)} que atendem aos filtros estão selecionadas.{" "}
              <button type="button" className="font-medium text-brand-700 underline" onClick={() => { setAllResults(false); setSelected(new Set()); }}>Limpar seleção</button></>
          ) : (
            <>As {people(rows.length)} desta página estão selecionadas.{" "}
              <button type="button" className="font-medium text-brand-700 underline" onClick={() => setAllResults(true)}>Selecionar todos os {formatInteger(total)} resultados</button></>
          )}
        </div>
      )}
      <Table caption="Pessoas para envio">
        <thead>
          <tr>
            <Th className="w-10"><input type="checkbox" aria-label="Selecionar todas desta página" checked={pageSelected} onChange={togglePage} className="size-4 accent-brand-600" /></Th>
            <Th>Nome</Th><Th>CPF/CNPJ</Th><Th>Código ERP</Th><Th>Celular</Th><Th>Cadastrada em</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((p) => (
            <Tr key={p.id}>
              <Td><input type="checkbox" aria-label={`Selecionar ${p.name}`} checked={allResults || selected.has(p.id)} onChange={() => toggle(p.id)} className="size-4 accent-brand-600" /></Td>
              <Td><Link href={`/people/${p.id}`} className="font-medium text-brand-700 hover:underline">{p.name}</Link></Td>
              <Td className="whitespace-nowrap font-mono text-xs">{formatDocument(p.document) || <span className="text-slate-400">—</span>}</Td>
              <Td className="font-mono text-xs">{p.erpCode ?? <span className="text-slate-400">—</span>}</Td>
              <Td className="whitespace-nowrap"><ClickToDial number={p.e164} /></Td>
              <Td className="whitespace-nowrap">{formatDate(p.createdAt)}</Td>
            </Tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
