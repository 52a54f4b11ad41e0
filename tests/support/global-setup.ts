import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { runMigrations } from "../../db/migrate";
import { ensureDatabase, freePort, startEmbeddedPostgres } from "../../scripts/lib/embedded-pg";

/** One real PostgreSQL per test run, plus a migrated template database each test file clones. */
export default async function setup(project: TestProject) {
  const root = await mkdtemp(path.join(tmpdir(), "recado-vitest-"));
  const pg = await startEmbeddedPostgres({ dataDir: path.join(root, "data"), port: await freePort(), persistent: false });
  await ensureDatabase(pg.url("postgres"), "app_template");
  await runMigrations(pg.url("app_template"));
  project.provide("pgAdminUrl", pg.url("postgres"));
  project.provide("pgTemplateDb", "app_template");
  project.provide("pgBaseUrl", pg.url(""));
  return async () => {
    await pg.stop();
    await rm(root, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplateDb: string;
    pgBaseUrl: string;
  }
}
