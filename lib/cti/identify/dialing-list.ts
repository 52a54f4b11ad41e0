import { and, sql } from "drizzle-orm";
import { people } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { searchCondition } from "@/lib/people/list-people";
import type { SearchMode } from "@/lib/people/schemas";
import { searchCriteria } from "@/lib/people/search-criteria";
import { formatAssociatedData } from "@/lib/cti/associated-data";

export const DIALING_LIST_HEADER = ["telefone", "codigo_crm", "codigo_erp", "cpf_cnpj", "nome", "dados_associados"] as const;
/** Rows read per query while streaming: memory stays flat however large the filter. */
export const DIALING_LIST_BATCH = 1000;

type Row = { id: number; name: string; document: string | null; erp_code: string | null; crm_code: string | null; e164: string };

// ";" is the separator Excel in pt-BR expects; quoting keeps associated data (which has ";") in one cell.
const cell = (value: string) => (/[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** One CSV line: the number to dial and the associated data the PBX hands back on Ringing (identifyCaller reads it). */
export function dialingListLine(row: Omit<Row, "id">): string {
  const associated = formatAssociatedData({ crm: row.crm_code ?? undefined, erp: row.erp_code ?? undefined, doc: row.document ?? undefined, nome: row.name });
  return [row.e164, row.crm_code ?? "", row.erp_code ?? "", row.document ?? "", row.name, associated].map(cell).join(";");
}

/** People matching the /people filter that have a phone, by id, each with its primary (else first) phone. */
export async function* dialingListRows(ctx: Ctx, input: { q: string; mode: SearchMode }): AsyncGenerator<Row[]> {
  const condition = searchCondition(searchCriteria(input.q, input.mode));
  let after = 0;
  for (;;) {
    // Not aliased: the shared filter names columns as "people"."…".
    const { rows } = await ctx.db.execute<Row>(sql`
      select ${people.id} as id, ${people.name} as name, ${people.document} as document, ${people.erpCode} as erp_code,
        ${people.crmCode} as crm_code, ph.e164
      from ${people}
      cross join lateral (
        select e164 from person_phones where person_id = ${people.id} order by is_primary desc, id limit 1
      ) ph
      where ${and(condition, sql`${people.id} > ${after}`)}
      order by ${people.id}
      limit ${DIALING_LIST_BATCH}`);
    if (rows.length) yield rows;
    if (rows.length < DIALING_LIST_BATCH) return;
    after = rows[rows.length - 1]!.id;
  }
}

/** The whole export as a byte stream: UTF-8 BOM (so Excel reads accents), header, then one line per person. */
export function dialingListCsv(ctx: Ctx, input: { q: string; mode: SearchMode }): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const batches = dialingListRows(ctx, input);
  return new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${DIALING_LIST_HEADER.join(";")}\r\n`));
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(next.value.map((row) => `${dialingListLine(row)}\r\n`).join("")));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}
