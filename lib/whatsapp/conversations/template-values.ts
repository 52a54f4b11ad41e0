import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { companies, receivables } from "@/db/schema";
import { formatDocument } from "@/lib/br/document";
import { formatCents } from "@/lib/br/format";
import type { TemplateFieldCode } from "@/lib/whatsapp/template-fields";

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? "";

/** What each mappable field (lib/whatsapp/template-fields.ts) reads for one person, creditor and operator. */
export async function templateValues(db: DbOrTx, input: {
  companyId: number; person: { id: number; name: string; document: string | null };
  creditorName: string | null; operatorName: string;
}): Promise<Record<TemplateFieldCode, string>> {
  const [[open], [company]] = await Promise.all([
    db.select({ cents: sql<string>`coalesce(sum(${receivables.amountCents}), 0)` }).from(receivables)
      .where(and(eq(receivables.companyId, input.companyId), eq(receivables.personId, input.person.id), eq(receivables.status, "open"))),
    db.select({ name: companies.name }).from(companies).where(eq(companies.id, input.companyId)),
  ]);
  return {
    "debtor.name": input.person.name,
    "debtor.first_name": firstName(input.person.name),
    "debtor.document": formatDocument(input.person.document) || "—",
    "debtor.open_total": formatCents(Number(open?.cents ?? 0)),
    "creditor.name": input.creditorName ?? "—",
    "company.name": company?.name ?? "",
    "operator.name": input.operatorName,
    "operator.first_name": firstName(input.operatorName),
  };
}

/** The template's {{n}} values, in order, from its mapping. */
export const mappedVariables = (mapping: string[], values: Record<TemplateFieldCode, string>) =>
  mapping.map((code) => values[code as TemplateFieldCode] ?? "");
