import { asc, eq, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { people, personPhones } from "@/db/schema";
import { onlyDigits } from "@/lib/br/document";
import { normalizePhone } from "@/lib/br/phone";
import { parseAssociatedData } from "@/lib/cti/associated-data";

export type MatchedBy = "crm" | "erp" | "document" | "name" | "contact_phone" | "account_phone";

export type IdentifiedContact = { id: number; name: string; erpCode: string | null; phones: string[]; identifier: boolean };
export type IdentifiedAccount = {
  id: number;
  name: string;
  document: string | null;
  erpCode: string | null;
  contacts: IdentifiedContact[];
  /** The contact that owns the number (or the associated data), selected for the operator. */
  selectedContactId: number | null;
};
export type Identification = { matchedBy: MatchedBy | null; accounts: IdentifiedAccount[] };

/** A ring pops at most this many accounts, each with at most this many contacts: a panel, not a report. */
export const IDENTIFY_ACCOUNTS_CAP = 20;
export const IDENTIFY_CONTACTS_CAP = 50;

type Hit = { id: number; accountId: number | null };

/** The caller's number (ANI) in E.164: with or without +55, a trunk "0" or an operator code, or an "00" prefix. */
export function normalizeAni(raw: string | null | undefined): string | null {
  const digits = onlyDigits(raw ?? "");
  if (digits.length < 8) return null;
  const direct = normalizePhone(raw!.trim().startsWith("+") ? `+${digits}` : digits);
  if (direct.ok) return direct.e164;
  const international = digits.startsWith("00") ? normalizePhone(`+${digits.slice(2)}`) : null;
  return international?.ok ? international.e164 : null;
}

async function peopleWhere(db: DbOrTx, condition: SQL): Promise<Hit[]> {
  return db.select({ id: people.id, accountId: people.accountId }).from(people)
    .where(condition).orderBy(asc(people.id)).limit(IDENTIFY_ACCOUNTS_CAP);
}

/** Associated-data keys in the order the seed sets; each is an equality on an indexed column. */
function dataLookups(raw: string | undefined): [MatchedBy, SQL][] {
  const data = parseAssociatedData(raw);
  const lookups: [MatchedBy, SQL][] = [];
  if (data.crm) lookups.push(["crm", eq(people.crmCode, data.crm)]);
  if (data.erp) lookups.push(["erp", eq(people.erpCode, data.erp)]);
  const document = data.doc ? onlyDigits(data.doc) : "";
  if (document) lookups.push(["document", eq(people.document, document)]);
  // Same expression as people_name_key_idx, so the exact accent- and case-free match is an index lookup.
  if (data.nome) lookups.push(["name", sql`${people.nameKey} collate "C" = f_unaccent(lower(${data.nome}))`]);
  return lookups;
}

/** Each hit as (account, identifying contact): a contact hit names its account and itself. */
const toAccountHits = (hits: Hit[]) => hits.map((h) => (h.accountId === null
  ? { accountId: h.id, contactId: null }
  : { accountId: h.accountId, contactId: h.id }));

async function phoneHits(db: DbOrTx, e164: string) {
  // person_phones_reverse_idx (text_pattern_ops) serves equality on the reversed number.
  const rows = await db.select({ id: people.id, accountId: people.accountId })
    .from(personPhones)
    .innerJoin(people, eq(people.id, personPhones.personId))
    .where(sql`reverse(${personPhones.e164}) = reverse(${e164})`)
    .orderBy(asc(people.id))
    .limit(IDENTIFY_ACCOUNTS_CAP * 5);
  const viaContacts = rows.filter((r) => r.accountId !== null);
  const direct = rows.filter((r) => r.accountId === null);
  return { viaContacts, direct };
}

async function loadAccounts(db: DbOrTx, hits: { accountId: number; contactId: number | null }[]): Promise<IdentifiedAccount[]> {
  const order: number[] = [];
  const identifiers = new Map<number, Set<number>>();
  for (const hit of hits) {
    if (!identifiers.has(hit.accountId)) {
      if (order.length >= IDENTIFY_ACCOUNTS_CAP) continue;
      order.push(hit.accountId);
      identifiers.set(hit.accountId, new Set());
    }
    if (hit.contactId !== null) identifiers.get(hit.accountId)!.add(hit.contactId);
  }
  if (!order.length) return [];
  const identifierIds = [...identifiers.values()].flatMap((set) => [...set]);
  const list = (values: number[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);
  // One round trip: each account with its first contacts by name (plus the identifying ones past the cap) and their phones.
  const { rows } = await db.execute<{
    id: number; name: string; document: string | null; erp_code: string | null;
    contacts: { id: number; name: string; erpCode: string | null; phones: string[] }[];
  }>(sql`
    select a.id, a.name, a.document, a.erp_code, coalesce((
      select json_agg(json_build_object('id', c.id, 'name', c.name, 'erpCode', c.erp_code, 'phones', (
        select coalesce(json_agg(pp.e164 order by pp.is_primary desc, pp.id), '[]'::json)
        from person_phones pp where pp.person_id = c.id
      )) order by c.name_key collate "C", c.id)
      from (
        (select id, name, erp_code, name_key from people where account_id = a.id
          order by name_key collate "C", id limit ${IDENTIFY_CONTACTS_CAP})
        ${identifierIds.length ? sql`union select id, name, erp_code, name_key from people where account_id = a.id and id in (${list(identifierIds)})` : sql``}
      ) c
    ), '[]'::json) as contacts
    from people a
    where a.id in (${list(order)}) and a.account_id is null`);
  const accountOf = new Map(rows.map((a) => [a.id, a]));
  return order.flatMap((accountId) => {
    const account = accountOf.get(accountId);
    if (!account) return [];
    const marked = identifiers.get(accountId)!;
    const contacts = account.contacts.map((c) => ({ ...c, identifier: marked.has(c.id) }));
    return [{
      id: account.id, name: account.name, document: account.document, erpCode: account.erp_code, contacts,
      selectedContactId: contacts.find((c) => c.identifier)?.id ?? null,
    }];
  });
}

/**
 * Who is calling (issue 6 item 7): associated data in the order CRM code, ERP code, CPF/CNPJ, razão social,
 * stopping at the first key that finds accounts; then the number, accounts through their contacts first and
 * accounts owning it directly after. Unknown callers come back with no accounts and matchedBy null.
 */
export async function identifyCaller(db: DbOrTx, input: { phone?: string | null; associatedData?: string | null }): Promise<Identification> {
  const e164 = normalizeAni(input.phone);
  for (const [matchedBy, condition] of dataLookups(input.associatedData ?? undefined)) {
    const hits = toAccountHits(await peopleWhere(db, condition));
    if (!hits.length) continue;
    // The account came from the dialing list's data; the contact owning the calling number is still the identifier.
    const callers = e164 ? toAccountHits((await phoneHits(db, e164)).viaContacts).filter((c) => hits.some((h) => h.accountId === c.accountId)) : [];
    const accounts = await loadAccounts(db, [...hits, ...callers]);
    if (accounts.length) return { matchedBy, accounts };
  }
  if (!e164) return { matchedBy: null, accounts: [] };
  const { viaContacts, direct } = await phoneHits(db, e164);
  const accounts = await loadAccounts(db, [...toAccountHits(viaContacts), ...toAccountHits(direct)]);
  if (!accounts.length) return { matchedBy: null, accounts: [] };
  return { matchedBy: accounts.some((a) => a.selectedContactId !== null) ? "contact_phone" : "account_phone", accounts };
}
