import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { receivables } from "@/db/schema";
import { invalid } from "@/lib/core/errors";
import type { ApiCtx } from "./api-ctx";
import { importRows, type RowOutcome } from "./import-rows";
import { personIdsByErpCode, unknownPerson } from "./person-ids-by-erp-code";
import { recordApiImport } from "./record-api-import";
import { receivableRowSchema, type ReceivableRow } from "./schemas";

type Lookup = { personIds: Map<string, number>; existing: Map<string, typeof receivables.$inferSelect> };

async function loadReceivables(ctx: ApiCtx, rows: ReceivableRow[]): Promise<Lookup> {
  const numbers = rows.map((r) => r.documentNumber);
  const existing = numbers.length
    ? await ctx.db.select().from(receivables)
      .where(and(eq(receivables.companyId, ctx.companyId), inArray(receivables.documentNumber, numbers)))
    : [];
  return {
    personIds: await personIdsByErpCode(ctx.db, rows.map((r) => r.personErpCode)),
    existing: new Map(existing.map((r) => [r.documentNumber, r])),
  };
}

async function saveReceivableRow(tx: Tx, ctx: ApiCtx, row: ReceivableRow, lookup: Lookup): Promise<RowOutcome> {
  const personId = lookup.personIds.get(row.personErpCode);
  if (!personId) throw invalid("personErpCode", unknownPerson(row.personErpCode));
  const existing = lookup.existing.get(row.documentNumber);
  const values = {
    personId, dueDate: row.dueDate, amountCents: row.amountCents, paymentMethod: row.paymentMethod, status: row.status,
    // Omitted keeps what is stored; null or "" clears.
    digitableLine: row.digitableLine === undefined ? existing?.digitableLine ?? null : row.digitableLine || null,
    pixCode: row.pixCode === undefined ? existing?.pixCode ?? null : row.pixCode || null,
  };
  if (!existing) {
    await tx.insert(receivables).values({ ...values, companyId: ctx.companyId, documentNumber: row.documentNumber, createdAt: ctx.clock.now() });
    return "created";
  }
  if ((Object.keys(values) as (keyof typeof values)[]).every((key) => existing[key] === values[key])) return "unchanged";
  await tx.update(receivables).set(values).where(eq(receivables.id, existing.id));
  return "updated";
}

/** POST /api/v1/receivables: bulk upsert of the key's company's receivables by document number. */
export async function upsertReceivables({ ctx, input }: { ctx: ApiCtx; input: { receivables: unknown[] } }) {
  const result = await importRows({
    ctx, rows: input.receivables, keyName: "documentNumber", schema: receivableRowSchema,
    load: (rows) => loadReceivables(ctx, rows),
    save: (tx, row, lookup) => saveReceivableRow(tx, ctx, row, lookup),
    uniqueRefusals: {
      receivables_company_document_key: { field: "documentNumber", message: "Este título acabou de ser gravado por outra requisição: envie a linha de novo." },
    },
  });
  await recordApiImport(ctx, "receivables", result);
  return result;
}
