import { sql, type SQL } from "drizzle-orm";

/**
 * RD_FIELDS of the "due" group as SQL over one candidate row `d` (columns of enqueue-due-notices.ts), so process 103
 * builds 100,000 variable lists inside PostgreSQL. Each expression gives exactly what the field's render() gives
 * (tests/rdconversas.notify-due.test.ts compares both on real rows).
 */
const money = (cents: SQL) => sql`(case when ${cents} < 0 then '-' else '' end) || 'R$' || chr(160)
  || translate(to_char(abs(${cents}) / 100, 'FM999,999,999,999,999,990'), ',', '.') || ',' || lpad((abs(${cents}) % 100)::text, 2, '0')`;

const document = (digits: SQL) => sql`(case length(${digits})
  when 11 then substr(${digits}, 1, 3) || '.' || substr(${digits}, 4, 3) || '.' || substr(${digits}, 7, 3) || '-' || substr(${digits}, 10, 2)
  when 14 then substr(${digits}, 1, 2) || '.' || substr(${digits}, 3, 3) || '.' || substr(${digits}, 6, 3) || '/' || substr(${digits}, 9, 4) || '-' || substr(${digits}, 13, 2)
  else coalesce(${digits}, '') end)`;

export const DUE_FIELD_SQL: Readonly<Record<string, SQL>> = {
  person_name: sql`d.person_name`,
  first_name: sql`coalesce((regexp_match(d.person_name, '^\\s*(\\S+)'))[1], '')`,
  person_document: document(sql`d.person_document`),
  person_erp_code: sql`coalesce(d.person_erp_code, '')`,
  company_name: sql`d.company_name`,
  receivable_amount: money(sql`d.amount_cents`),
  due_date: sql`to_char(d.due_date, 'DD/MM/YYYY')`,
  document_number: sql`d.document_number`,
  pix_code: sql`coalesce(d.pix_code, '')`,
  digitable_line: sql`coalesce(d.digitable_line, '')`,
};

/** The jsonb array of variables for a field list (codes already checked with fieldListProblem for the "due" group). */
export function dueVariablesSql(fieldCodes: readonly string[]): SQL {
  const values = fieldCodes.map((code) => {
    const expression = DUE_FIELD_SQL[code];
    if (!expression) throw new Error(`Campo sem expressão SQL para avisos de vencimento: ${code}.`);
    return expression;
  });
  return sql`jsonb_build_array(${sql.join(values, sql`, `)})`;
}
