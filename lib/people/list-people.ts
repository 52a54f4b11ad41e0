import { asc, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { people, personPhones } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import type { PeopleSearch } from "./schemas";
import { searchCriteria, type SearchCriteria } from "./search-criteria";

export const PEOPLE_PAGE_SIZE = 25;
/** Counting every match of a broad search is slow on large registries; past this the list says "10.000+". */
export const PEOPLE_COUNT_CAP = 10_000;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, "\\$&");
const reversed = (digits: string) => [...digits].reverse().join("");

/** Same expression as people_name_key_idx: the list order and the range for short prefixes. */
const nameKey = sql`${people.nameKey} collate "C"`;

function nameCondition(text: string): SQL {
  const pattern = escapeLike(text);
  // One or two letters have no trigram to search by: they match the start of the name instead.
  if ([...text].length < 3) return sql`${nameKey} like f_unaccent(lower(${pattern})) || '%'`;
  // people_name_trgm_idx serves "contains" searches on the stored key.
  return sql`${people.nameKey} like '%' || f_unaccent(lower(${pattern})) || '%'`;
}

/** The /people filter as a WHERE condition on people (also used by the CTI dialing-list export). */
export function searchCondition(criteria: SearchCriteria): SQL {
  if (criteria.resolved === "all") return sql`true`;
  const parts: SQL[] = [];
  if (criteria.name !== undefined) parts.push(nameCondition(criteria.name));
  if (criteria.document !== undefined) parts.push(eq(people.document, criteria.document));
  if (criteria.erpCodes?.length) parts.push(inArray(people.erpCode, criteria.erpCodes));
  if (!criteria.phoneSuffix) return parts.length ? or(...parts)! : sql`false`;
  // person_phones_reverse_idx turns "ends with these digits" into an index prefix scan.
  const byPhone = sql`select ${personPhones.personId} from ${personPhones}
    where reverse(${personPhones.e164}) like ${`${reversed(criteria.phoneSuffix)}%`}`;
  // A union keeps each branch on its own index; "phone OR code" on one row would scan the whole table.
  return parts.length
    ? sql`${people.id} in (${byPhone} union select ${people.id} from ${people} where ${or(...parts)})`
    : sql`${people.id} in (${byPhone})`;
}

export type PersonListRow = {
  id: number;
  kind: "natural" | "legal";
  name: string;
  tradeName: string | null;
  document: string | null;
  erpCode: string | null;
  /** E.164 of the primary phone (or the first one when none is primary). */
  phone: string | null;
  account: { id: number; name: string } | null;
};

/** PESFM010 list: organization-wide, 25 per page, ordered by name, with a bounded count. */
export async function listPeople({ ctx, input }: { ctx: Ctx; input: PeopleSearch }) {
  const criteria = searchCriteria(input.q, input.mode);
  const condition = searchCondition(criteria);
  const [found, counted] = await Promise.all([
    ctx.db
      .select({
        id: people.id, kind: people.kind, name: people.name, tradeName: people.tradeName,
        document: people.document, erpCode: people.erpCode, accountId: people.accountId,
      })
      .from(people)
      .where(condition)
      .orderBy(nameKey, asc(people.id))
      .limit(PEOPLE_PAGE_SIZE)
      .offset((input.page - 1) * PEOPLE_PAGE_SIZE),
    ctx.db.execute<{ n: number }>(
      sql`select count(*)::int as n from (select 1 from ${people} where ${condition} limit ${PEOPLE_COUNT_CAP + 1}) capped`,
    ),
  ]);
  const ids = found.map((p) => p.id);
  const accountIds = [...new Set(found.map((p) => p.accountId).filter((id): id is number => id !== null))];
  const [phones, accounts] = await Promise.all([
    ids.length
      ? ctx.db.selectDistinctOn([personPhones.personId], { personId: personPhones.personId, e164: personPhones.e164 })
        .from(personPhones)
        .where(inArray(personPhones.personId, ids))
        .orderBy(personPhones.personId, desc(personPhones.isPrimary), asc(personPhones.id))
      : [],
    accountIds.length
      ? ctx.db.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, accountIds))
      : [],
  ]);
  const phoneOf = new Map(phones.map((p) => [p.personId, p.e164]));
  const accountOf = new Map(accounts.map((a) => [a.id, a]));
  const count = counted.rows[0]?.n ?? 0;
  const rows: PersonListRow[] = found.map(({ accountId, ...person }) => ({
    ...person,
    phone: phoneOf.get(person.id) ?? null,
    account: accountId === null ? null : accountOf.get(accountId) ?? null,
  }));
  return {
    rows,
    total: Math.min(count, PEOPLE_COUNT_CAP),
    totalCapped: count > PEOPLE_COUNT_CAP,
    page: input.page,
    pageSize: PEOPLE_PAGE_SIZE,
    searchedBy: criteria.resolved,
  };
}
