import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PersonForm } from "@/components/people/person-form";
import { PageHeader } from "@/components/ui/page-header";
import { ServiceError } from "@/lib/core/errors";
import { getPageContext } from "@/lib/core/request-context";
import { emptyPerson } from "@/lib/people/form-values";
import { getPerson } from "@/lib/people/get-person";
import { listPersonFormOptions } from "@/lib/people/list-person-form-options";

export const metadata: Metadata = { title: "Nova pessoa" };

export default async function NewPersonPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await getPageContext();
  const conta = (await searchParams).conta;
  const accountId = typeof conta === "string" && /^\d+$/.test(conta) ? Number(conta) : null;
  const [account, options] = await Promise.all([
    accountId === null ? null : getPerson({ ctx, input: { id: accountId } }).then((d) => d.person).catch((error) => {
      if (error instanceof ServiceError && error.code === "NOT_FOUND") notFound();
      throw error;
    }),
    listPersonFormOptions({ ctx }),
  ]);
  return (
    <>
      <PageHeader
        code="PESFM010"
        title={account ? "Novo contato" : "Nova pessoa"}
        description={account ? `Contato vinculado a ${account.name}. O CPF é opcional para contatos.` : "Pessoa física (CPF) ou jurídica (CNPJ), visível para toda a organização."}
      />
      <PersonForm person={emptyPerson(account?.id ?? null)} account={account && { id: account.id, name: account.name }} options={options} />
    </>
  );
}
