import "server-only";
import { sql } from "drizzle-orm";
import type { Ctx } from "@/lib/core/ctx";
import { CONTACT_CANDIDATES_PAGE_SIZE, type ContactCandidatesSearch } from "../contact-schemas";
import { candidateQuery } from "./candidate-query";
import { resolveContactCompany } from "./resolve-company";
import { contactSendContext } from "./send-context";

export type ContactCandidateRow = {
  id: number; name: string; erpCode: string | null; document: string | null; createdAt: Date; e164: string;
};

/** PESFP079 list: who would be sent with these filters, 50 per page by name, with the exact total for "select all". */
export async function listContactCandidates({ ctx, input }: { ctx: Ctx; input: ContactCandidatesSearch }) {
  const companyId = resolveContactCompany(ctx, input);
  const send = await contactSendContext(ctx.db, companyId);
  if (!send) return { send: null, companyId, rows: [] as ContactCandidateRow[], total: 0, page: input.page, pageSize: CONTACT_CANDIDATES_PAGE_SIZE };
  const candidates = candidateQuery(send, input);
  const found = await ctx.db.execute<{ person_id: number; name: string; erp_code: string | null; document: string | null; created_at: string; e164: string }>(sql`
    select * from (${candidates}) c
    order by c.name_key collate "C", c.person_id
    limit ${CONTACT_CANDIDATES_PAGE_SIZE} offset ${(input.page - 1) * CONTACT_CANDIDATES_PAGE_SIZE}`);
  const counted = await ctx.db.execute<{ n: number }>(sql`select count(*)::int as n from (${candidates}) c`);
  const rows: ContactCandidateRow[] = found.rows.map((r) => ({
    id: r.person_id, name: r.name, erpCode: r.erp_code, document: r.document, createdAt: new Date(r.created_at), e164: r.e164,
  }));
  return { send, companyId, rows, total: counted.rows[0]?.n ?? 0, page: input.page, pageSize: CONTACT_CANDIDATES_PAGE_SIZE };
}
