import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDb } from "../db/client";
import { runMigrations } from "../db/migrate";
import { companies, providerAccounts, settings } from "../db/schema";
import { systemClock } from "../lib/core/clock";
import { enqueueMessages } from "../lib/messaging/enqueue-messages";
import { dispatchBatch } from "../lib/messaging/dispatch-batch";
import { ensureDatabase, freePort, startEmbeddedPostgres } from "./lib/embedded-pg";
import type { ProviderAdapter } from "../lib/providers/types";
import { startRdSimulatorServer } from "../lib/providers/rdconversas/simulator-server";
import { createAdapter } from "../lib/providers/registry";
import { RD_SANDBOX_TOKEN, RD_SEED_TEMPLATES } from "../lib/providers/rdconversas/simulator-seed";

const N = 10000;
const root = await mkdtemp(path.join(tmpdir(), "prof-"));
const cluster = await startEmbeddedPostgres({ dataDir: path.join(root, "data"), port: await freePort(), persistent: false });
const url = cluster.url("bench");
await ensureDatabase(cluster.url("postgres"), "bench");
await runMigrations(url);
const { db, pool } = createDb(url, 8);
await db.insert(settings).values({ code: "HR_SILENCIO_ENVIOS", companyId: null, value: { enabled: false, start: "21:00", end: "08:00" } });
const [company] = await db.insert(companies).values({ code: "B", name: "B" }).returning();
const [acc] = await db.insert(providerAccounts).values({ provider: "rdconversas", name: "x", baseUrl: "http://x", credentials: {} }).returning();
await enqueueMessages({ db, clock: systemClock, messages: Array.from({ length: N }, (_, i) => ({ companyId: company!.id, accountId: acc!.id, kind: "rd.template", recipient: `+55119${String(i).padStart(8, "0")}`, producer: "b", idempotencyKey: `k${i}`, payload: { templateId: RD_SEED_TEMPLATES[2]!._id, variables: ["a","b",String(i)] } })) });
const sim = await startRdSimulatorServer();
const adapter = process.env.SIM ? createAdapter({ provider: "rdconversas", baseUrl: sim.baseUrl, credentials: { token: RD_SANDBOX_TOKEN } }) : { sendTemplate: async () => ({ ok: true, providerId: "x" }) } as unknown as ProviderAdapter;
const t0 = performance.now();
let total = 0;
const W = Number(process.env.W ?? 1);
await Promise.all(Array.from({ length: W }, async (_, w) => {
  for (;;) {
    const s = performance.now();
    const r = await dispatchBatch({ db, clock: systemClock, workerId: `w${w}`, adapterFor: () => adapter, batchSize: Number(process.env.B ?? 200) });
    total += r.sent;
    if (process.env.V) console.log(w, r.claimed, (performance.now() - s).toFixed(1));
    if (r.claimed === 0) break;
  }
}));
console.log("msgs/s", Math.round(total / ((performance.now() - t0) / 1000)), total);
await pool.end(); await cluster.stop();
