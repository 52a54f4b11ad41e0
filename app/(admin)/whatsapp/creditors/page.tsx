import type { Metadata } from "next";
import Link from "next/link";
import { CreditorSearch } from "@/components/creditors/creditor-search";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { MissingDocumentLink } from "@/components/whatsapp/account/missing-document-link";
import { CreditorOverrideDialog } from "@/components/whatsapp/creditors/creditor-override-dialog";
import { DocumentCell } from "@/components/whatsapp/creditors/document-cell";
import { RemoveOverrideButton } from "@/components/whatsapp/creditors/remove-override-button";
import { getAdminPageContext } from "@/lib/core/request-context";
import { CREDITORS_PAGE_SIZE } from "@/lib/creditors/list-creditors";
import { parseCreditorParams } from "@/lib/creditors/params";
import { listCreditorSettings } from "@/lib/whatsapp/creditor-settings/list-creditor-settings";

export const metadata: Metadata = { title: "WPPFM001 · Integração WhatsApp · Credor" };

export default async function WhatsappCreditorsTabPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await getAdminPageContext();
  const { q, page } = parseCreditorParams(await searchParams);
  const view = await listCreditorSettings({ ctx, input: { q, page } });
  return (
    <Card title="Configurações por credor">
      <p className="mb-4 text-sm text-slate-600">
        Um termo de acordo e um demonstrativo de débito específicos por credor, quando necessário. Sem configuração, o credor usa os da aba Conta.
      </p>
      {(view.agreementTerms.length === 0 || view.debtStatements.length === 0) && (
        <div className="mb-4 space-y-1 rounded-md border border-amber-200 bg-amber-50 px-3 py-2">
          {view.agreementTerms.length === 0 && <MissingDocumentLink kind="agreement_term" returnTo="/whatsapp/creditors" />}
          {view.debtStatements.length === 0 && <MissingDocumentLink kind="debt_statement" returnTo="/whatsapp/creditors" />}
        </div>
      )}
      <CreditorSearch q={q} action="/whatsapp/creditors" />
      {view.total === 0 ? (
        <EmptyState title={q ? `Nenhum credor encontrado para “${q}”` : "Nenhum credor cadastrado"}>
          {q ? "Confira o nome ou limpe a busca." : <>Cadastre os credores em <Link href="/admin/creditors" className="text-brand-700 underline">Credores</Link>.</>}
        </EmptyState>
      ) : (
        <>
          <Table caption="Termo e demonstrativo por credor">
            <thead><tr><Th>Credor</Th><Th>Termo de acordo</Th><Th>Demonstrativo de débito</Th><Th className="text-right">Ações</Th></tr></thead>
            <tbody className="divide-y divide-slate-100">
              {view.rows.map(({ creditor, override }) => (
                <Tr key={creditor.id}>
                  <Td>{creditor.name} {!creditor.active && <Badge>Inativo</Badge>}</Td>
                  <Td><DocumentCell own={override?.agreementTermName} accountName={view.account.agreementTermName} /></Td>
                  <Td><DocumentCell own={override?.debtStatementName} accountName={view.account.debtStatementName} /></Td>
                  <Td className="space-x-2 whitespace-nowrap text-right">
                    <CreditorOverrideDialog
                      creditor={creditor} current={override}
                      agreementTerms={view.agreementTerms} debtStatements={view.debtStatements} accountNames={view.account}
                    />
                    {override && <RemoveOverrideButton creditorId={creditor.id} name={creditor.name} />}
                  </Td>
                </Tr>
              ))}
            </tbody>
          </Table>
          <Pagination page={page} pageSize={CREDITORS_PAGE_SIZE} total={view.total} params={{ q }} basePath="/whatsapp/creditors" />
        </>
      )}
    </Card>
  );
}
