import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { InboxFilter } from "@/components/sandbox/inbox-filter";
import { InboxPhoneCard } from "@/components/sandbox/inbox-phone-card";
import { SandboxContactsCard } from "@/components/sandbox/sandbox-contacts-card";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { formatInteger } from "@/lib/br/format";
import { sandboxEnabled } from "@/lib/core/env";
import { getAdminPageContext } from "@/lib/core/request-context";
import { listSandboxContacts } from "@/lib/sandbox/list-sandbox-contacts";
import { listSandboxInbox } from "@/lib/sandbox/list-sandbox-inbox";

export const metadata: Metadata = { title: "Caixa de entrada do cliente" };

const BASE_PATH = "/admin/sandbox/inbox";
const PAGE_SIZE = 10;

export default async function SandboxInboxPage({ searchParams }: { searchParams: Promise<{ telefone?: string; page?: string }> }) {
  await getAdminPageContext();
  if (!sandboxEnabled()) notFound();
  const params = await searchParams;
  const phone = params.telefone?.trim() || undefined;
  const page = Math.max(1, Math.floor(Number(params.page)) || 1);
  // A single phone shows its whole history; the overview only the latest messages of each.
  const perPhone = phone ? 200 : 5;
  const inbox = await listSandboxInbox({ input: { phone, page, pageSize: PAGE_SIZE, perPhone } });
  const contacts = await listSandboxContacts({ input: { phone, limit: 20 } });
  return (
    <>
      <PageHeader
        code="SANDBOX-RD"
        title="Caixa de entrada do cliente"
        description={`O que cada telefone recebeu dos simuladores (RD Conversas, WhatsApp oficial e não oficial): o texto já com as variáveis, o modelo e a hora. ${formatInteger(inbox.messages)} mensagens em ${formatInteger(inbox.total)} telefones.`}
        actions={<Link href="/admin/sandbox/faults" className={buttonClass("secondary")}>Falhas simuladas</Link>}
      />
      <InboxFilter phone={phone} basePath={BASE_PATH} />
      {inbox.rows.length === 0 ? (
        <EmptyState title={phone ? "Nenhum telefone com este número recebeu mensagens" : "Nenhuma mensagem recebida ainda"}>
          {phone ? "Confira o número ou limpe o filtro." : "Os envios feitos pelos simuladores de WhatsApp aparecem aqui."}
        </EmptyState>
      ) : (
        <>
          <div className="space-y-4">
            {inbox.rows.map((row) => <InboxPhoneCard key={row.phone} row={row} basePath={BASE_PATH} />)}
          </div>
          <Pagination page={page} pageSize={PAGE_SIZE} total={inbox.total} params={{ telefone: phone }} basePath={BASE_PATH} />
        </>
      )}
      <div className="mt-6"><SandboxContactsCard rows={contacts.rows} total={contacts.total} /></div>
    </>
  );
}
