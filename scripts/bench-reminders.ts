/**
 * `npm run bench:reminders`: process 103's enqueue on the benchmark volume. Starts its own throwaway PostgreSQL, seeds
 * 200,000 people and 1,000,000 receivables over 3 companies (db/seed/volume.ts), moves every tenth receivable to the
 * target due date as an open boleto or an in-progress carnê (about 100,000 due that day), configures the RD Conversas
 * parameter and both due messages per company, then times process 103 for the 3 companies in one run, twice.
 * Prints one JSON line; details go to stderr. BENCH_PEOPLE and BENCH_RECEIVABLES shrink it for a quick look.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { createDb } from "../db/client";
import { runMigrations } from "../db/migrate";
import { seedVolume } from "../db/seed/volume";
import { companies, rdMessages, settings } from "../db/schema";
import { addDays } from "../lib/br/format";
import { fixedClock } from "../lib/core/clock";
import { encryptSecret } from "../lib/core/crypto";
import { RD_SANDBOX_TOKEN, RD_SEED_CHIPS, RD_SEED_TEMPLATES } from "../lib/providers/rdconversas/simulator-seed";
import { syncModuleAccount } from "../lib/rdconversas/module-account";
import { notifyDue } from "../lib/rdconversas/processes/notify-due";
import { RD_CONFIG_CODE } from "../lib/rdconversas/settings";
import { ensureDatabase, freePort, startEmbeddedPostgres } from "./lib/embedded-pg";

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 200_000);
const RECEIVABLES = Number(process.env.BENCH_RECEIVABLES ?? 1_000_000);
const REFERENCE_DATE = "2026-11-23";
const DAYS_AHEAD = 2;
const TARGET = addDays(REFERENCE_DATE, DAYS_AHEAD);
const clock = fixedClock(`${REFERENCE_DATE}T11:00:00Z`);
process.env.APP_SECRET ??= randomBytes(24).toString("base64");

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

const root = await mkdtemp(path.join(tmpdir(), "recado-bench-reminders-"));
const cluster = await startEmbeddedPostgres({ dataDir: path.join(root, "data"), port: await freePort(), persistent: false });
const url = cluster.url("bench");
await ensureDatabase(cluster.url("postgres"), "bench");
await runMigrations(url);
const { db, pool } = createDb(url, 4);

try {
  const billing = await db.insert(companies).values([
    { code: "01", name: "Moda Brasil Matriz" }, { code: "02", name: "Moda Brasil Filial Centro" }, { code: "03", name: "Moda Brasil Online" },
  ]).returning();
  const seeded = await seedVolume(url, { people: PEOPLE, receivables: RECEIVABLES, now: clock.now(), log });
  if (seeded.status !== "done") throw new Error("O banco do benchmark já tinha pessoas de volume.");

  // Every tenth receivable falls due on the target day, in the status its type notifies.
  const started = performance.now();
  const moved = await pool.query(`
    update receivables set due_date = $1::date,
      status = case payment_method when 'boleto' then 'open' else 'in_progress' end
    where id % 10 = 0`, [TARGET]);
  log(`${moved.rowCount} títulos movidos para ${TARGET} em ${((performance.now() - started) / 1000).toFixed(1)} s`);
  // Steady state, as autovacuum and the checkpointer leave a real database: the seed's hint bits and dirty pages are
  // not the enqueue's work.
  await pool.query("vacuum analyze people, person_phones, receivables");
  await pool.query("checkpoint");

  const chip = RD_SEED_CHIPS[0]!;
  const config = {
    DS_TOKEN_RDCONVERSAS: encryptSecret(RD_SANDBOX_TOKEN), CD_CAMPO_ADIC_PESRDCONV: "RDCONV_ID", NR_CHIP_RDCONVERSAS: "11999990001",
    QT_DIAS_AVISO_VENC: DAYS_AHEAD, ID_INTEGRACAO_CHIP: chip._id,
  };
  await db.insert(settings).values({ code: RD_CONFIG_CODE, companyId: null, value: config });
  await syncModuleAccount(db, config);
  // The simulator's own due templates, with the field lists an admin would pick for them.
  const dueMessages = [
    { type: "due_boleto", template: "lembrete_vencimento_boleto", fields: ["first_name", "receivable_amount", "due_date", "digitable_line"] },
    { type: "due_carne", template: "lembrete_carne_pix", fields: ["first_name", "document_number", "receivable_amount", "due_date", "pix_code"] },
  ];
  await db.insert(rdMessages).values(billing.flatMap((company) => dueMessages.map(({ type, template, fields }) => {
    const { _id, name, text } = RD_SEED_TEMPLATES.find((t) => t.name === template)!;
    return {
      companyId: company.id, type, templateId: _id, templateName: name, templateText: text, variableCount: fields.length,
      chipId: chip._id, chipLabel: chip.phone, fields,
    };
  })));

  const run103 = async (runId: number) => {
    const begin = performance.now();
    const counts = await notifyDue.handler({
      db, clock, params: { anticipateNonBusinessDays: false },
      run: { id: runId, referenceDate: REFERENCE_DATE, companyIds: billing.map((c) => c.id), scheduledFor: clock.now() },
      log: async (line) => { log(line); }, progress: async () => {}, isCancelled: async () => false,
    });
    return { counts, seconds: (performance.now() - begin) / 1000 };
  };
  const first = await run103(1);
  log(`1ª execução: ${JSON.stringify(first.counts)} em ${first.seconds.toFixed(2)} s`);
  const second = await run103(2);
  log(`2ª execução: ${JSON.stringify(second.counts)} em ${second.seconds.toFixed(2)} s`);
  const [total] = (await db.execute<{ receivables: number; outbox: number }>(sql`
    select (select count(*)::int from receivables) as receivables, (select count(*)::int from outbox_messages) as outbox`)).rows;
  if (total!.outbox !== first.counts.queued) throw new Error(`Fila com ${total!.outbox} mensagens, esperado ${first.counts.queued}.`);

  console.log(JSON.stringify({
    bench: "reminders", receivables: total!.receivables, queued: first.counts.queued,
    enqueue_s: Math.round(first.seconds * 100) / 100, rerun_queued: second.counts.queued,
    found: first.counts.found, skipped: first.counts.skipped, rerun_s: Math.round(second.seconds * 100) / 100, people: PEOPLE,
  }));
} finally {
  await pool.end();
  await cluster.stop();
  await rm(root, { recursive: true, force: true });
}
