import { and, asc, count, eq, sql } from "drizzle-orm";
import { creditors } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";

export const CREDITORS_PAGE_SIZE = 25;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, "\\$&");

export type CreditorListInput = { q?: string; page: number; activeOnly?: boolean };

/** The logged company's creditors, by name (accents and case ignored), a page at a time. */
export async function listCreditors({ ctx, input }: { ctx: Ctx; input: CreditorListInput }) {
  const q = input.q?.trim();
  const where = and(
    eq(creditors.companyId, ctx.companyId),
    q ? sql`f_unaccent(lower(${creditors.name})) like '%' || f_unaccent(lower(${escapeLike(q)})) || '%'` : undefined,
    input.activeOnly ? eq(creditors.active, true) : undefined,
  );
  const page = Math.max(1, input.page);
  const [items, [total]] = await Promise.all([
    ctx.db.select().from(creditors).where(where)
      .orderBy(asc(sql`lower(${creditors.name})`), asc(creditors.id))
      .limit(CREDITORS_PAGE_SIZE).offset((page - 1) * CREDITORS_PAGE_SIZE),
    ctx.db.select({ n: count() }).from(creditors).where(where),
  ]);
  return { items, total: total?.n ?? 0, page };
}
