import { formatInteger } from "@/lib/br/format";
import { MAX_ROWS_PER_REQUEST } from "./schemas";

const badRequest = (error: string) => Response.json({ error }, { status: 400 });

/** The request's list under `key` ({ "people": [...] }), or a 400 saying what is wrong with the body as a whole. */
export async function readBatch(request: Request, key: string): Promise<unknown[] | Response> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return badRequest("O corpo da requisição não é um JSON válido: confira aspas, vírgulas e chaves, e envie Content-Type: application/json.");
  }
  const rows = body && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>)[key] : undefined;
  if (!Array.isArray(rows)) return badRequest(`Formato inesperado: envie um objeto { "${key}": [ ... ] } com a lista em "${key}".`);
  if (rows.length > MAX_ROWS_PER_REQUEST) {
    return badRequest(`No máximo ${formatInteger(MAX_ROWS_PER_REQUEST)} itens em "${key}" por requisição (recebidos ${formatInteger(rows.length)}): divida o envio em lotes.`);
  }
  return rows;
}
