import { and, asc, eq, or } from "drizzle-orm";
import { creditors, whatsappAccounts, whatsappCreditorSettings } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";

/** Where a document template is chosen, in words a user can act on ("Conta WhatsApp", "credor Escola Aprender"). */
export async function findDocumentUsages(ctx: Pick<Ctx, "db">, document: { id: number; companyId: number }): Promise<string[]> {
  const documentId = document.id;
  const [accounts, overrides] = await Promise.all([
    ctx.db.select({ id: whatsappAccounts.id }).from(whatsappAccounts).where(and(
      eq(whatsappAccounts.companyId, document.companyId),
      or(eq(whatsappAccounts.agreementTermId, documentId), eq(whatsappAccounts.debtStatementId, documentId)),
    )),
    ctx.db.select({ name: creditors.name }).from(whatsappCreditorSettings)
      .innerJoin(creditors, eq(creditors.id, whatsappCreditorSettings.creditorId))
      .where(and(
        eq(creditors.companyId, document.companyId),
        or(eq(whatsappCreditorSettings.agreementTermId, documentId), eq(whatsappCreditorSettings.debtStatementId, documentId)),
      ))
      .orderBy(asc(creditors.name)),
  ]);
  return [
    ...(accounts.length ? ["aba Conta da Integração WhatsApp"] : []),
    ...overrides.map((o) => `credor ${o.name} (aba Credor da Integração WhatsApp)`),
  ];
}

export const usagesSentence = (usages: string[]) =>
  usages.length <= 1 ? usages.join("") : `${usages.slice(0, -1).join(", ")} e ${usages.at(-1)}`;
