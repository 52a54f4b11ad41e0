import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { orders } from "@/db/schema";
import { invalid } from "@/lib/core/errors";
import { applyOrderStage } from "@/lib/rdconversas/orders/apply-order-stage";
import type { ApiCtx } from "./api-ctx";
import { importRows, type RowOutcome } from "./import-rows";
import { personIdsByErpCode, unknownPerson } from "./person-ids-by-erp-code";
import { recordApiImport } from "./record-api-import";
import { orderRowSchema, type OrderRow } from "./schemas";

type Lookup = { personIds: Map<string, number>; existing: Map<string, typeof orders.$inferSelect> };

async function loadOrders(ctx: ApiCtx, rows: OrderRow[]): Promise<Lookup> {
  const numbers = rows.map((r) => r.number);
  const existing = numbers.length
    ? await ctx.db.select().from(orders).where(and(eq(orders.companyId, ctx.companyId), inArray(orders.number, numbers)))
    : [];
  return {
    personIds: await personIdsByErpCode(ctx.db, rows.map((r) => r.personErpCode)),
    existing: new Map(existing.map((o) => [o.number, o])),
  };
}

async function saveOrderRow(tx: Tx, ctx: ApiCtx, row: OrderRow, lookup: Lookup): Promise<RowOutcome> {
  const personId = lookup.personIds.get(row.personErpCode);
  if (!personId) throw invalid("personErpCode", unknownPerson(row.personErpCode));
  const existing = lookup.existing.get(row.number);
  const values = { personId, channel: row.channel, totalCents: row.totalCents ?? existing?.totalCents ?? 0 };
  const stage = { stage: row.stage, at: row.stageAt ? new Date(row.stageAt) : undefined, source: "api" as const };
  if (!existing) {
    // Created without a stage, so its first stage goes through applyOrderStage like every later one (history, notice).
    const [created] = await tx.insert(orders)
      .values({ ...values, companyId: ctx.companyId, number: row.number, stage: "", createdAt: ctx.clock.now() })
      .returning({ id: orders.id });
    await applyOrderStage(tx, ctx.clock, { orderId: created!.id, ...stage });
    return "created";
  }
  const rowChanged = (Object.keys(values) as (keyof typeof values)[]).some((key) => existing[key] !== values[key]);
  if (rowChanged) await tx.update(orders).set(values).where(eq(orders.id, existing.id));
  const { changed: stageChanged } = await applyOrderStage(tx, ctx.clock, { orderId: existing.id, ...stage });
  return rowChanged || stageChanged ? "updated" : "unchanged";
}

/** POST /api/v1/orders: bulk upsert of the key's company's orders by number; a new stage notifies as configured. */
export async function upsertOrders({ ctx, input }: { ctx: ApiCtx; input: { orders: unknown[] } }) {
  const result = await importRows({
    ctx, rows: input.orders, keyName: "number", schema: orderRowSchema,
    load: (rows) => loadOrders(ctx, rows),
    save: (tx, row, lookup) => saveOrderRow(tx, ctx, row, lookup),
    uniqueRefusals: {
      orders_company_number_key: { field: "number", message: "Este pedido acabou de ser gravado por outra requisição: envie a linha de novo." },
    },
  });
  await recordApiImport(ctx, "orders", result);
  return result;
}
