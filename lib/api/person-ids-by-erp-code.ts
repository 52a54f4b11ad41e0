import { inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { people } from "@/db/schema";

/** Receivables and orders name their person by ERP code: one query for the whole request. */
export async function personIdsByErpCode(db: DbOrTx, erpCodes: string[]): Promise<Map<string, number>> {
  const unique = [...new Set(erpCodes)];
  if (!unique.length) return new Map();
  const rows = await db.select({ id: people.id, erpCode: people.erpCode }).from(people).where(inArray(people.erpCode, unique));
  return new Map(rows.map((r) => [r.erpCode!, r.id]));
}

export const unknownPerson = (erpCode: string) =>
  `Pessoa com código ERP "${erpCode}" não encontrada: envie-a antes em POST /api/v1/people.`;
