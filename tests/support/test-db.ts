import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { createDb, type Db } from "../../db/client";

export type TestDb = { db: Db; url: string };

/**
 * Call at the top of a test file: a fresh database cloned from the migrated template, dropped afterwards.
 * Tests inside one file share it; use unique values or truncate in beforeEach when they must not.
 */
export function useTestDb(): TestDb {
  const handle = {} as TestDb & { pool?: pg.Pool; name?: string };
  beforeAll(async () => {
    const name = `test_${process.env.VITEST_POOL_ID ?? "0"}_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: inject("pgAdminUrl") });
    await admin.connect();
    await admin.query(`create database "${name}" template "${inject("pgTemplateDb")}"`);
    await admin.end();
    handle.name = name;
    handle.url = inject("pgBaseUrl") + name;
    const { db, pool } = createDb(handle.url, 4);
    handle.db = db;
    handle.pool = pool;
  });
  afterAll(async () => {
    await handle.pool?.end();
    const admin = new pg.Client({ connectionString: inject("pgAdminUrl") });
    await admin.connect();
    await admin.query(`drop database if exists "${handle.name}" with (force)`);
    await admin.end();
  });
  return handle;
}
