/**
 * `npm run bench:cti`: caller identification (issue 6 item 7) on a large registry. Starts its own throwaway PostgreSQL,
 * seeds BENCH_PEOPLE (default 1,000,000) people with one phone each — one account for every four contacts — set-based,
 * then times BENCH_LOOKUPS (default 200) identifyCaller calls each by phone (a contact's number), CPF and ERP code
 * (associated data); then the event latency from a SmartCTIWSEventing callback to the waiting long-poll with 50
 * extensions polling at once. Prints one JSON line; details go to stderr.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDb } from "../db/client";
import { runMigrations } from "../db/migrate";
import { systemClock } from "../lib/core/clock";
import { loadContext } from "../lib/core/ctx";
import { createListenHub } from "../lib/cti/events/listen-hub";
import { pollCtiEvents } from "../lib/cti/events/read-events";
import { receiveSoapEvent } from "../lib/cti/events/receive-soap-event";
import { identifyCaller } from "../lib/cti/identify/identify-caller";
import { buildSoapCall } from "../lib/cti/soap/envelope";
import { EVENT_OPERATIONS } from "../lib/cti/soap/operations";
import { ensureDatabase, freePort, startEmbeddedPostgres } from "./lib/embedded-pg";

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 1_000_000);
const LOOKUPS = Number(process.env.BENCH_LOOKUPS ?? 200);
const EXTENSIONS = 50;
const EVENTS_PER_EXTENSION = Number(process.env.BENCH_EVENTS ?? 21);
const ACCOUNTS = Math.ceil(PEOPLE / 5);

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

const root = await mkdtemp(path.join(tmpdir(), "recado-bench-cti-"));
const cluster = await startEmbeddedPostgres({ dataDir: path.join(root, "data"), port: await freePort(), persistent: false });
const url = cluster.url("bench");
await ensureDatabase(cluster.url("postgres"), "bench");
await runMigrations(url);
const { db, pool } = createDb(url, 10);

try {
  let started = performance.now();
  const { rows: [phoneType] } = await pool.query<{ id: number }>("insert into phone_types (code, description) values ('CEL', 'Celular') returning id");
  // Accounts 1..A carry CPF-shaped documents and ERP/CRM codes; people A+1..N are contacts spread over the accounts.
  await pool.query(`
    insert into people (id, kind, name, document, erp_code, crm_code, account_id)
    select g, 'natural', 'Conta ' || g, lpad(g::text, 11, '0'), 'E' || g, 'C' || g, null
    from generate_series(1, $1::int) g`, [ACCOUNTS]);
  await pool.query(`
    insert into people (id, kind, name, account_id)
    select g, 'natural', 'Contato ' || g, 1 + (g % $1::int)
    from generate_series($1::int + 1, $2::int) g`, [ACCOUNTS, PEOPLE]);
  await pool.query("select setval(pg_get_serial_sequence('people', 'id'), $1::int)", [PEOPLE]);
  await pool.query(`
    insert into person_phones (person_id, phone_type_id, e164, is_primary)
    select g, $1::int, '+55119' || lpad(g::text, 8, '0'), true from generate_series(1, $2::int) g`, [phoneType!.id, PEOPLE]);
  log(`${PEOPLE} pessoas (${ACCOUNTS} contas) com telefone em ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await pool.query("vacuum analyze people, person_phones");

  const pick = (from: number, to: number) => from + Math.floor(Math.random() * (to - from + 1));
  const national = (id: number) => `119${String(id).padStart(8, "0")}`;
  const cases: Record<string, () => { input: Parameters<typeof identifyCaller>[1]; expect: string }> = {
    // The ANI as a PBX sends it: national digits, no +55.
    phone: () => ({ input: { phone: national(pick(ACCOUNTS + 1, PEOPLE)) }, expect: "contact_phone" }),
    document: () => { const id = pick(1, ACCOUNTS); return { input: { associatedData: `doc=${String(id).padStart(11, "0")}` }, expect: "document" }; },
    erp: () => ({ input: { associatedData: `erp=E${pick(1, ACCOUNTS)}` }, expect: "erp" }),
  };
  const perCase: Record<string, number> = {};
  const all: number[] = [];
  for (const [name, next] of Object.entries(cases)) {
    const times: number[] = [];
    for (let i = 0; i < LOOKUPS + 10; i++) {
      const { input, expect } = next();
      started = performance.now();
      const result = await identifyCaller(db, input);
      const elapsed = performance.now() - started;
      if (result.matchedBy !== expect || result.accounts.length !== 1) {
        throw new Error(`${name}: esperado ${expect}, veio ${result.matchedBy} (${JSON.stringify(input)})`);
      }
      if (i >= 10) times.push(elapsed);
    }
    perCase[name] = pct(times, 95);
    log(`${name}: p50 ${pct(times, 50)} ms, p95 ${perCase[name]} ms`);
    all.push(...times);
  }
  const events = await eventLatencies();
  log(`eventos: p50 ${pct(events, 50)} ms, p95 ${pct(events, 95)} ms (${events.length} eventos, ${EXTENSIONS} ramais)`);
  console.log(JSON.stringify({
    bench: "cti", identify_p95_ms: pct(all, 95), event_p95_ms: pct(events, 95), identify_phone_p95_ms: perCase.phone,
    identify_document_p95_ms: perCase.document, identify_erp_p95_ms: perCase.erp, event_p50_ms: pct(events, 50),
    people: PEOPLE, lookups: LOOKUPS, extensions: EXTENSIONS, events: events.length,
  }));
} finally {
  await pool.end();
  await cluster.stop();
  await rm(root, { recursive: true, force: true });
}

/**
 * 50 operators logged in on 50 extensions, each with a long-poll waiting; SOAP callbacks (Ringing envelopes through the
 * same receiveSoapEvent the /api/cti/soap route runs) arrive at random; the time from the callback's start to the
 * waiting poll returning that event. Service level (no HTTP hop), one LISTEN connection for all waiters.
 */
async function eventLatencies(): Promise<number[]> {
  const hub = createListenHub(url);
  const { rows: users } = await pool.query<{ id: number }>(`
    insert into users (email, name, password_hash, role)
    select 'op' || g || '@bench.dev', 'Operador ' || g, 'x', 'operator' from generate_series(1, $1::int) g returning id`, [EXTENSIONS]);
  // Signed-in users need a granted company to have a context at all.
  const { rows: [company] } = await pool.query<{ id: number }>("insert into companies (code, name) values ('B1', 'Bench') returning id");
  await pool.query("insert into user_companies (user_id, company_id) select unnest($1::int[]), $2", [users.map((u) => u.id), company!.id]);
  const agents = users.map((u, i) => ({ userId: u.id, extension: String(5000 + i) }));
  for (const a of agents) {
    await pool.query("insert into cti_agents (user_id, agent_login, extension, group_id) values ($1, $2, $3, '10')", [a.userId, `op${a.userId}`, a.extension]);
    await pool.query("insert into cti_sessions (user_id, extension, agent_login, group_id, status, started_at) values ($1, $2, $3, '10', 'ready', now() - interval '1 minute')",
      [a.userId, a.extension, `op${a.userId}`]);
  }
  const latencies: number[] = [];
  await Promise.all(agents.map(async (agent, index) => {
    const ctx = await loadContext(db, agent.userId, systemClock);
    let after = 0;
    for (let n = 0; n < EVENTS_PER_EXTENSION; n++) {
      const poll = pollCtiEvents({ ctx, input: { after } }, { hub, waitMs: 10_000 });
      // About one call event per extension per second: 50 busy operators, not a flood.
      await new Promise((resolve) => setTimeout(resolve, 400 + ((index * 37 + n * 11) % 800)));
      const sent = performance.now();
      const xml = buildSoapCall("Ringing", EVENT_OPERATIONS.Ringing, {
        cDevice: agent.extension, iLinkID: "1", callID: `${agent.extension}-${n}`, ANI: "11987654321", DNIS: "4000", associatedData: "", callType: "inbound",
      });
      const stored = receiveSoapEvent(db, xml);
      const answer = await poll;
      const elapsed = performance.now() - sent;
      if ((await stored).status !== 200) throw new Error("evento recusado");
      if (answer.events.length !== 1 || answer.events[0]!.callId !== `${agent.extension}-${n}`) throw new Error(`ramal ${agent.extension}: evento perdido ou repetido`);
      after = answer.last;
      if (n > 0) latencies.push(elapsed);
    }
  }));
  await hub.close();
  return latencies;
}

function pct(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! * 10) / 10;
}
