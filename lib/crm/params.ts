/** The CTI operation parameters the CRM screens read (see lib/cti/operation-url.ts). */
export type CrmParams = { accountId: number | null; contactId: number | null; page: number };

type SearchParams = Record<string, string | string[] | undefined>;

const positiveInt = (value: string | string[] | undefined) =>
  typeof value === "string" && /^\d{1,9}$/.test(value) && Number(value) > 0 ? Number(value) : null;

export function parseCrmParams(sp: SearchParams): CrmParams {
  return { accountId: positiveInt(sp.num_id_pessoa), contactId: positiveInt(sp.num_id_contato), page: positiveInt(sp.page) ?? 1 };
}

/** Query string that keeps the account/contact filter when moving between CRM screens. */
export function crmQuery(params: Pick<CrmParams, "accountId" | "contactId">): string {
  const q = new URLSearchParams();
  if (params.accountId) q.set("num_id_pessoa", String(params.accountId));
  if (params.contactId) q.set("num_id_contato", String(params.contactId));
  const s = q.toString();
  return s ? `?${s}` : "";
}
