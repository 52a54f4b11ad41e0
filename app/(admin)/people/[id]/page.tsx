import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClickToDial } from "@/components/cti/click-to-dial";
import { PersonContacts } from "@/components/people/person-contacts";
import { PersonForm } from "@/components/people/person-form";
import { PersonOrders } from "@/components/people/person-orders";
import { PersonReceivables } from "@/components/people/person-receivables";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { StartConversationDialog } from "@/components/whatsapp/conversations/start-conversation-dialog";
import { formatDocument } from "@/lib/br/document";
import { ServiceError } from "@/lib/core/errors";
import { getPageContext } from "@/lib/core/request-context";
import { toPersonFormValues } from "@/lib/people/form-values";
import { getPerson } from "@/lib/people/get-person";
import { KIND_LABELS } from "@/lib/people/labels";
import { listPersonFormOptions } from "@/lib/people/list-person-form-options";
import { savePhoneNumber } from "../actions";

export const metadata: Metadata = { title: "Pessoa" };

export default async function PersonPage({ params, searchParams }: {
  params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await getPageContext();
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const saved = (await searchParams).salvo === "1";
  const [detail, options] = await Promise.all([
    getPerson({ ctx, input: { id } }).catch((error) => {
      if (error instanceof ServiceError && error.code === "NOT_FOUND") notFound();
      throw error;
    }),
    listPersonFormOptions({ ctx }),
  ]);
  const { person } = detail;
  const facts = [KIND_LABELS[person.kind], formatDocument(person.document), person.erpCode && `ERP ${person.erpCode}`].filter(Boolean);
  const sections = [
    ["cadastro", "Cadastro"], ...(person.accountId === null ? [["contatos", "Contatos"]] : []), ["titulos", "Títulos"], ["pedidos", "Pedidos"],
  ];
  return (
    <>
      <PageHeader
        code="PESFM010"
        title={person.name}
        description={facts.join(" · ")}
        actions={<><StartConversationDialog personId={person.id} /><Link href="/people" className={buttonClass("secondary")}>Voltar à lista</Link></>}
      />
      {detail.phones.length > 0 && (
        <p className="-mt-2 mb-4 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-600">
          <span>Telefones:</span>
          {detail.phones.map((p) => (
            <span key={p.id} className="inline-flex items-center gap-1">
              <span className="text-xs text-slate-500">{p.typeCode}</span>
              <ClickToDial number={p.e164} phoneId={p.id} onSave={savePhoneNumber} />
            </span>
          ))}
        </p>
      )}
      <nav aria-label="Seções" className="mb-4 flex gap-4 border-b border-slate-200 text-sm">
        {sections.map(([anchor, label]) => (
          <a key={anchor} href={`#${anchor}`} className="-mb-px border-b-2 border-transparent pb-2 text-slate-600 hover:border-brand-600 hover:text-slate-900">{label}</a>
        ))}
      </nav>
      <div className="space-y-8">
        <section id="cadastro" aria-label="Cadastro" className="scroll-mt-4">
          <PersonForm
            key={person.id}
            person={toPersonFormValues(detail)}
            account={detail.account}
            options={options}
            notice={saved ? "Pessoa cadastrada." : undefined}
          />
        </section>
        {person.accountId === null && (
          <section id="contatos" className="scroll-mt-4"><PersonContacts personId={person.id} contacts={detail.contacts} /></section>
        )}
        <section id="titulos" className="scroll-mt-4"><PersonReceivables receivables={detail.receivables} /></section>
        <section id="pedidos" className="scroll-mt-4"><PersonOrders orders={detail.orders} /></section>
      </div>
    </>
  );
}
