import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { rdContactBatches, users } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { batchProgress } from "./batch-progress";

export const BATCHES_PAGE_SIZE = 20;

/** PESFP079 history: the logged company's batches, newest first, with counts from their outbox rows. */
export async function listContactBatches({ ctx, input }: { ctx: Ctx; input: { page: number } }) {
  const found = await ctx.db
    .select({ id: rdContactBatches.id, createdAt: rdContactBatches.createdAt, createdBy: users.name, total: rdContactBatches.total, status: rdContactBatches.status })
    .from(rdContactBatches)
    .leftJoin(users, eq(users.id, rdContactBatches.createdBy))
    .where(eq(rdContactBatches.companyId, ctx.companyId))
    .orderBy(desc(rdContactBatches.createdAt), desc(rdContactBatches.id))
    .limit(BATCHES_PAGE_SIZE)
    .offset((input.page - 1) * BATCHES_PAGE_SIZE);
  const [counted] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(rdContactBatches).where(eq(rdContactBatches.companyId, ctx.companyId));
  const progress = await batchProgress(ctx.db, found.map((b) => b.id), ctx.clock.now());
  const rows = found.map((b) => {
    const p = progress.get(b.id)!;
    // The lazy "finished" mark just made is not in `found` yet.
    const status = b.status === "running" && p.pending === 0 ? "finished" as const : b.status;
    return { ...b, status, sent: p.sent, failed: p.failed + p.review, pending: p.pending };
  });
  return { rows, total: counted?.n ?? 0, page: input.page, pageSize: BATCHES_PAGE_SIZE };
}
