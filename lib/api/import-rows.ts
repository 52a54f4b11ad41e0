import type { z } from "zod";
import type { Tx } from "@/db/client";
import { ServiceError, uniqueViolation } from "@/lib/core/errors";
import type { ApiCtx } from "./api-ctx";

export type RowOutcome = "created" | "updated" | "unchanged";
export type RowError = { index: number; field: string; message: string } & Record<string, string | number | null>;
export type ImportResult = { received: number; created: number; updated: number; unchanged: number; errors: RowError[] };

type ImportSpec<S extends z.ZodType, L> = {
  ctx: ApiCtx;
  rows: unknown[];
  /** The row's identifying field, echoed in each error ("erpCode", "documentNumber", "number"). */
  keyName: string;
  schema: S;
  /** Looks up, set-based, everything the valid rows refer to. */
  load: (rows: z.output<S>[]) => Promise<L>;
  /** Writes one row inside its own savepoint, or says it is unchanged; a ServiceError refuses only this row. */
  save: (tx: Tx, row: z.output<S>, lookup: L) => Promise<RowOutcome>;
  /** Unique constraints a concurrent or same-request write can still hit, as the field and message to report. */
  uniqueRefusals?: Record<string, { field: string; message: string }>;
};

/**
 * Validates every row, then saves each valid one in its own savepoint: a bad row is reported and rolled back alone,
 * the others are stored.
 */
export async function importRows<S extends z.ZodType, L>(spec: ImportSpec<S, L>): Promise<ImportResult> {
  const { ctx, rows, keyName } = spec;
  const result: ImportResult = { received: rows.length, created: 0, updated: 0, unchanged: 0, errors: [] };
  const keyOf = (raw: unknown) => {
    const value = raw && typeof raw === "object" ? (raw as Record<string, unknown>)[keyName] : undefined;
    return typeof value === "string" || typeof value === "number" ? value : null;
  };
  const refuse = (index: number, field: string, message: string) =>
    result.errors.push({ index, [keyName]: keyOf(rows[index]), field, message } as RowError);

  const valid: { index: number; row: z.output<S> }[] = [];
  const firstIndexOfKey = new Map<unknown, number>();
  rows.forEach((raw, index) => {
    const parsed = spec.schema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) refuse(index, issue.path.map(String).join(".") || keyName, issue.message);
      return;
    }
    const key = (parsed.data as Record<string, unknown>)[keyName];
    const first = firstIndexOfKey.get(key);
    if (first !== undefined) {
      refuse(index, keyName, `${keyName} repetido nesta requisição (já enviado na linha ${first}): envie cada um uma vez.`);
      return;
    }
    firstIndexOfKey.set(key, index);
    valid.push({ index, row: parsed.data });
  });

  const lookup = await spec.load(valid.map((v) => v.row));
  for (const { index, row } of valid) {
    try {
      result[await ctx.db.transaction((tx) => spec.save(tx, row, lookup))]++;
    } catch (error) {
      if (error instanceof ServiceError) {
        const fields = Object.entries(error.fieldErrors);
        if (fields.length === 0) refuse(index, keyName, error.message);
        for (const [field, messages] of fields) refuse(index, field, messages[0] ?? error.message);
        continue;
      }
      const refusal = spec.uniqueRefusals?.[uniqueViolation(error) ?? ""];
      if (!refusal) throw error;
      refuse(index, refusal.field, refusal.message);
    }
  }
  result.errors.sort((a, b) => a.index - b.index);
  return result;
}
