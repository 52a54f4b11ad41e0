/**
 * Started by Playwright: a throwaway real PostgreSQL, migrated and seeded with the demo data, and the production
 * build (`next start`) plus the jobs sidecar. SIGTERM stops the children, then PostgreSQL, then removes the data.
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { runMigrations } from "../db/migrate";
import { seedDemo } from "../db/seed";
import { ensureDatabase, freePort, startEmbeddedPostgres } from "./lib/embedded-pg";
import { onShutdownSignal, startProcess, stopProcesses, type Managed } from "./lib/processes";

if (!existsSync(".next/BUILD_ID")) {
  console.error("Sem build de produção (.next/BUILD_ID): rode `npm run build` antes (npm test já faz isso).");
  process.exit(1);
}

const port = process.env.PORT ?? "3100";
const root = await mkdtemp(path.join(tmpdir(), "recado-e2e-"));
await chmod(root, 0o755);
const cluster = await startEmbeddedPostgres({ dataDir: path.join(root, "data"), port: await freePort(), persistent: false });
const children: Managed[] = [];
let stopping = false;
const shutdown = async (code: number) => {
  if (stopping) return;
  stopping = true;
  await stopProcesses(children);
  await cluster.stop();
  await rm(root, { recursive: true, force: true });
  process.exit(code);
};
onShutdownSignal(() => shutdown(0));

await ensureDatabase(cluster.url("postgres"), "app");
const databaseUrl = cluster.url("app");
await runMigrations(databaseUrl);
await seedDemo(databaseUrl);
const { ensureSandboxAccount } = await import("../db/seed/sandbox-account");
process.env.APP_SECRET ??= randomBytes(32).toString("base64");
await ensureSandboxAccount(databaseUrl, `http://127.0.0.1:${port}/api/sandbox/rdconversas`);
// Specs that need to arrange data directly read the URL from here.
await writeFile(path.join(tmpdir(), `recado-e2e-${port}.json`), JSON.stringify({ databaseUrl }));

const env = {
  ...process.env,
  NODE_ENV: "production" as const,
  DATABASE_URL: databaseUrl,
  AUTH_SECRET: randomBytes(32).toString("base64"),
  APP_SECRET: process.env.APP_SECRET,
  SANDBOX: "1",
  RDCONVERSAS_BASE_URL: `http://127.0.0.1:${port}/api/sandbox/rdconversas`,
  SMARTCTI_URL: `http://127.0.0.1:${port}/api/sandbox/smartcti/SmartCTIWSCommand`,
  META_GRAPH_URL: `http://127.0.0.1:${port}/api/sandbox/meta/v21.0`,
  PLUGMESSAGE_BASE_URL: `http://127.0.0.1:${port}/api/sandbox/plugmessage`,
  APP_BASE_URL: `http://127.0.0.1:${port}`,
};
children.push(startProcess("web", path.resolve("node_modules/.bin/next"), ["start", "-H", "127.0.0.1", "-p", port], env));
if (existsSync("jobs/index.ts")) {
  children.push(startProcess("jobs", path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "jobs/index.ts"], env));
}
const first = await Promise.race(children.map((c) => c.exited));
await shutdown(first ?? 1);
