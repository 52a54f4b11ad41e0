import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { crmQuery, type CrmParams } from "@/lib/crm/params";
import type { CrmTarget } from "@/lib/crm/resolve-target";

/** Which account/contact the list is narrowed to (from the CTI URL), with a way out. */
export function FilterNote({ target, basePath }: { target: CrmTarget | null; basePath: string }) {
  if (!target) return null;
  return (
    <p className="mb-3 text-sm text-slate-600">
      Filtrado pela conta <strong>{target.account.name}</strong>
      {target.contact && <> e pelo contato <strong>{target.contact.name}</strong></>}.{" "}
      <Link href={basePath} className="text-brand-700 underline">Ver todos</Link>
    </p>
  );
}

export function NewButton({ basePath, params, label }: { basePath: string; params: Pick<CrmParams, "accountId" | "contactId">; label: string }) {
  return <Link href={`${basePath}/new${crmQuery(params)}`} className={buttonClass()}>{label}</Link>;
}

/** Pagination links keep the account/contact filter under the CTI's parameter names. */
export const filterParams = (params: Pick<CrmParams, "accountId" | "contactId">) => ({
  num_id_pessoa: params.accountId ? String(params.accountId) : undefined,
  num_id_contato: params.contactId ? String(params.contactId) : undefined,
});
