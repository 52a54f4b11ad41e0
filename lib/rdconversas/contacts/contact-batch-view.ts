import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { companies, outboxMessages, people, rdContactBatchItems, users } from "@/db/schema";
import type { OutboxStatus } from "@/db/schema/messaging";
import type { Ctx } from "@/lib/core/ctx";
import { batchProgress, type ContactBatchProgress } from "./batch-progress";
import { loadContactBatch } from "./load-contact-batch";

export const BATCH_ITEMS_PAGE_SIZE = 50;

export type ContactBatchItemView = {
  personId: number; name: string; recipient: string; status: OutboxStatus;
  providerId: string | null; error: string | null;
};

/** What the batch screen shows and polls (dates as ISO strings: it travels as JSON). */
export type ContactBatchView = {
  id: number; companyName: string; createdAt: string; createdBy: string | null; finishedAt: string | null;
  status: "running" | "finished" | "cancelled"; filters: Record<string, unknown>;
  progress: ContactBatchProgress;
  items: { rows: ContactBatchItemView[]; page: number; pageSize: number; total: number };
};

/** A granted company's batch with its progress and one page of per-person results. */
export async function contactBatchView({ ctx, input }: { ctx: Ctx; input: { id: number; page: number } }): Promise<ContactBatchView> {
  const batch = await loadContactBatch(ctx, input.id);
  const now = ctx.clock.now();
  const progress = (await batchProgress(ctx.db, [input.id], now)).get(input.id)!;
  // Reading the progress may just have marked it finished; `batch` was read before.
  const justFinished = batch.status === "running" && progress.pending === 0;
  const [company] = await ctx.db.select({ name: companies.name }).from(companies).where(eq(companies.id, batch.companyId));
  const [creator] = batch.createdBy === null ? [] : await ctx.db.select({ name: users.name }).from(users).where(eq(users.id, batch.createdBy));
  const rows = await ctx.db
    .select({
      personId: rdContactBatchItems.personId, name: people.name, recipient: outboxMessages.recipient, status: outboxMessages.status,
      providerId: outboxMessages.providerMessageId,
      error: sql<string | null>`case when ${outboxMessages.status} in ('failed', 'needs_review', 'cancelled', 'retry_scheduled')
        then coalesce(${outboxMessages.lastErrorMessage}, ${outboxMessages.statusReason}) end`,
    })
    .from(rdContactBatchItems)
    .innerJoin(outboxMessages, eq(outboxMessages.id, rdContactBatchItems.messageId))
    .innerJoin(people, eq(people.id, rdContactBatchItems.personId))
    .where(eq(rdContactBatchItems.batchId, input.id))
    .orderBy(sql`${people.nameKey} collate "C"`, asc(rdContactBatchItems.personId))
    .limit(BATCH_ITEMS_PAGE_SIZE)
    .offset((input.page - 1) * BATCH_ITEMS_PAGE_SIZE);
  return {
    id: batch.id, companyName: company?.name ?? "", createdAt: batch.createdAt.toISOString(), createdBy: creator?.name ?? null,
    finishedAt: (justFinished ? now : batch.finishedAt)?.toISOString() ?? null, status: justFinished ? "finished" : batch.status, filters: batch.filters as Record<string, unknown>,
    progress,
    items: { rows, page: input.page, pageSize: BATCH_ITEMS_PAGE_SIZE, total: progress.total },
  };
}
