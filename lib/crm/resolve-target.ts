import { inArray } from "drizzle-orm";
import { people } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { invalid } from "@/lib/core/errors";

export type CrmTarget = { account: { id: number; name: string }; contact: { id: number; name: string } | null };

/**
 * The account and contact a CRM record is about. A contact given without its account brings its account;
 * a contact passed as the account (CTI "pessoa" is a contact) becomes the contact of its own account.
 */
export async function resolveCrmTarget({ ctx, input }: { ctx: Ctx; input: { accountId: number | null; contactId: number | null } }): Promise<CrmTarget | null> {
  const ids = [input.accountId, input.contactId].filter((id): id is number => id !== null);
  if (ids.length === 0) return null;
  const rows = await ctx.db.select({ id: people.id, name: people.name, accountId: people.accountId }).from(people).where(inArray(people.id, ids));
  const byId = new Map(rows.map((r) => [r.id, r]));
  let account = input.accountId === null ? null : byId.get(input.accountId);
  let contact = input.contactId === null ? null : byId.get(input.contactId);
  if (input.accountId !== null && !account) throw invalid("accountId", "Conta não encontrada.");
  if (input.contactId !== null && !contact) throw invalid("contactId", "Contato não encontrado.");
  if (account && account.accountId !== null && !contact) {
    contact = account;
    account = undefined;
  }
  if (contact && contact.accountId === null) throw invalid("contactId", "Esta pessoa é uma conta, não um contato.");
  if (!account && contact) {
    const [owner] = await ctx.db.select({ id: people.id, name: people.name, accountId: people.accountId }).from(people).where(inArray(people.id, [contact.accountId!]));
    account = owner;
  }
  if (!account) throw invalid("accountId", "Conta não encontrada.");
  if (account.accountId !== null) throw invalid("accountId", "Esta pessoa é um contato: escolha a conta dela.");
  if (contact && contact.accountId !== account.id) throw invalid("contactId", "O contato não pertence a esta conta.");
  return { account: { id: account.id, name: account.name }, contact: contact ? { id: contact.id, name: contact.name } : null };
}

/** For create actions: the target must exist and be coherent. */
export async function requireCrmTarget(ctx: Ctx, input: { accountId: number; contactId: number | null }): Promise<CrmTarget> {
  const target = await resolveCrmTarget({ ctx, input });
  if (!target) throw invalid("accountId", "Selecione a conta.");
  return target;
}
