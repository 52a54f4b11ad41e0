/**
 * `npm run bench:people`: server-side response times of the people list (PESFM010) on the volume data.
 * Needs DATABASE_URL (a database filled by `npm run db:seed:volume`) and a production build. Starts `next start`
 * on a free port against it, signs in as a bench admin, and times full responses (first byte and last byte) of:
 * first page, name-prefix search, CPF search, phone-suffix search. Prints one JSON line.
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { hashPassword } from "../lib/core/password";
import { formatDocument } from "../lib/br/document";
import { freePort } from "./lib/embedded-pg";
import { startProcess, stopProcesses } from "./lib/processes";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("Defina DATABASE_URL com um banco preenchido por npm run db:seed:volume.");
if (!existsSync(".next/BUILD_ID")) throw new Error("Rode npm run build antes.");
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);

const client = new pg.Client({ connectionString: url });
await client.connect();
const [{ rows: [counts] }, { rows: [sample] }] = await Promise.all([
  client.query<{ people: string }>("select count(*)::text as people from people"),
  client.query<{ document: string; e164: string; name: string }>(
    `select p.document, ph.e164, p.name from people p join person_phones ph on ph.person_id = p.id
     where p.document is not null order by p.id desc limit 1`),
]);
const password = randomBytes(9).toString("base64url");
const email = "bench@recado.dev";
await client.query(
  `insert into users (email, name, password_hash, role) values ($1, 'Bench', $2, 'admin')
   on conflict (lower(email)) do update set password_hash = excluded.password_hash, active = true`,
  [email, await hashPassword(password)],
);
await client.query(
  `insert into user_companies (user_id, company_id) select u.id, c.id from users u cross join companies c
   where lower(u.email) = $1 on conflict do nothing`, [email]);
await client.end();
if (!sample) throw new Error("Sem pessoas com telefone no banco: rode npm run db:seed:volume.");

const port = await freePort(3200);
const base = `http://127.0.0.1:${port}`;
const web = startProcess("web", path.resolve("node_modules/.bin/next"), ["start", "-H", "127.0.0.1", "-p", String(port)], {
  ...process.env, NODE_ENV: "production", DATABASE_URL: url, AUTH_SECRET: randomBytes(32).toString("base64"), RECADO_ALLOW_DEV_SECRETS: "1",
});

try {
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 300));
  }
  const cookie = await signIn();
  const firstName = sample.name.split(" ")[0]!.slice(0, 4).toLowerCase();
  const cases: Record<string, string> = {
    first_page: "/people",
    name_prefix: `/people?q=${encodeURIComponent(firstName)}&modo=name`,
    cpf: `/people?q=${encodeURIComponent(formatDocument(sample.document))}&modo=document`,
    phone_suffix: `/people?q=${encodeURIComponent(sample.e164.slice(-8))}&modo=phone`,
  };
  const all: number[] = [];
  const perCase: Record<string, { p50_ms: number; p95_ms: number; ttfb_p95_ms: number }> = {};
  for (const [name, pathAndQuery] of Object.entries(cases)) {
    const totals: number[] = [];
    const firstBytes: number[] = [];
    for (let i = 0; i < ROUNDS + 3; i++) {
      const started = performance.now();
      const response = await fetch(base + pathAndQuery, { headers: { cookie }, redirect: "manual" });
      const ttfb = performance.now() - started;
      const body = await response.text();
      const total = performance.now() - started;
      if (response.status !== 200 || !body.includes("PESFM010")) throw new Error(`${name}: HTTP ${response.status}`);
      if (i >= 3) { totals.push(total); firstBytes.push(ttfb); }
    }
    perCase[name] = { p50_ms: pct(totals, 50), p95_ms: pct(totals, 95), ttfb_p95_ms: pct(firstBytes, 95) };
    all.push(...totals);
  }
  console.error(JSON.stringify(perCase, null, 2));
  console.log(JSON.stringify({ bench: "people", p95_ms: pct(all, 95), p50_ms: pct(all, 50), rows: Number(counts?.people), rounds: ROUNDS, cases: perCase }));
} finally {
  await stopProcesses([web]);
}

function pct(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! * 10) / 10;
}

async function signIn(): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/" }),
  });
  const session = response.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c?.includes("session-token"));
  if (!session) throw new Error(`Login do benchmark falhou (HTTP ${response.status})`);
  return session;
}
