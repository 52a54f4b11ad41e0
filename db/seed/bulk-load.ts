import type pg from "pg";

type Definition = { name: string; definition: string };

/**
 * Runs `load` with the table's secondary indexes and foreign keys dropped, then recreates them exactly as
 * they were (from pg_get_indexdef / pg_get_constraintdef): PostgreSQL's advice for populating a database,
 * since one sorted index build and one validating join are far cheaper than per-row maintenance and checks.
 * Must run inside a transaction so a failure restores everything.
 */
export async function withoutIndexesAndForeignKeys<T>(client: pg.Client, table: string, load: () => Promise<T>): Promise<T> {
  const indexes = (await client.query<Definition>(
    `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
       from pg_index i
      where i.indrelid = $1::regclass and not i.indisprimary
        and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`,
    [table],
  )).rows;
  const foreignKeys = (await client.query<Definition>(
    `select quote_ident(conname) as name, pg_get_constraintdef(oid) as definition
       from pg_constraint where conrelid = $1::regclass and contype = 'f'`,
    [table],
  )).rows;
  for (const fk of foreignKeys) await client.query(`alter table ${table} drop constraint ${fk.name}`);
  for (const index of indexes) await client.query(`drop index ${index.name}`);
  const result = await load();
  for (const index of indexes) await client.query(index.definition);
  for (const fk of foreignKeys) await client.query(`alter table ${table} add constraint ${fk.name} ${fk.definition}`);
  return result;
}
