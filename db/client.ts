import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import pg from "pg";
import * as schema from "./schema";

export type Db = NodePgDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** A database handle or an open transaction: services accept either. */
export type DbOrTx = Db | Tx;

export function createDb(url: string, max = 5): { db: Db; pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString: url, max });
  return { db: drizzle(pool, { schema }), pool };
}

const cache = globalThis as unknown as { __recadoDb?: { db: Db; pool: pg.Pool } };

/** Lazily builds one pool per process from DATABASE_URL (cached on globalThis so dev HMR does not leak pools). */
export function getDb(): Db {
  if (!cache.__recadoDb) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL não configurada");
    cache.__recadoDb = createDb(url, Number(process.env.DB_POOL_MAX ?? 5));
  }
  return cache.__recadoDb.db;
}
