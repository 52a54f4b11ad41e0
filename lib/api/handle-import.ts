import { getDb } from "@/db/client";
import { systemClock } from "@/lib/core/clock";
import type { ApiCtx } from "./api-ctx";
import { authenticateApiKey } from "./authenticate-api-key";
import type { ImportResult } from "./import-rows";
import { readBatch } from "./read-batch";

type ImportService<K extends string> = (args: { ctx: ApiCtx; input: Record<K, unknown[]> }) => Promise<ImportResult>;

/** The whole life of an ingestion request: key, body, one transaction (rows in savepoints inside it), JSON answer. */
export async function handleImport<K extends string>(request: Request, key: K, service: ImportService<K>): Promise<Response> {
  const db = getDb();
  const principal = await authenticateApiKey(db, systemClock, request);
  if (principal instanceof Response) return principal;
  const rows = await readBatch(request, key);
  if (rows instanceof Response) return rows;
  const input = { [key]: rows } as Record<K, unknown[]>;
  try {
    const result = await db.transaction((tx) => service({ ctx: { db: tx, clock: systemClock, ...principal }, input }));
    return Response.json(result, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    console.error("[api/v1] erro inesperado", error);
    return Response.json({ error: "Erro inesperado. Nada desta requisição foi gravado; tente novamente." }, { status: 500 });
  }
}
