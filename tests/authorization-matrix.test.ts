import { generateCPF } from "@brazilian-utils/brazilian-utils";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { additionalFields, outboxMessages, people, phoneTypes, processConfigs, processRuns, providerAccounts } from "../db/schema";
import { allActions, type ActionName } from "../lib/actions";
import { executeAction, type ActionDef } from "../lib/core/action";
import { fixedClock } from "../lib/core/clock";
import { makeCompany, makeUser } from "./support/fixtures";
import { useTestDb } from "./support/test-db";

/**
 * Every server action, its minimum role, and what a user of ANOTHER company (same role, not granted company A)
 * gets when aiming it at company A's data: "refused" (FORBIDDEN/NOT_FOUND) or "org-wide" (the organization's
 * shared registries — people, phone types, additional fields, corporate parameters — are everyone's by design).
 * A new action without a rule here fails the first test.
 */
type World = {
  companyA: number; companyB: number; /** Granted alongside A to the insider, with no records, so it can be deleted. */ emptyCompany: number; userA: number; operatorA: number; personId: number; phoneTypeId: number; fieldId: number;
  failedMessageId: number; queuedMessageId: number; configId: number; runId: number;
};
type Rule = { role: "admin" | "operator"; crossCompany: "refused" | "org-wide"; sample: (w: World) => unknown };

const rules: Record<ActionName, Rule> = {
  "session.switchCompany": { role: "operator", crossCompany: "refused", sample: (w) => ({ companyId: w.companyA }) },
  "companies.save": { role: "admin", crossCompany: "refused", sample: (w) => ({ id: w.companyA, code: `A${w.companyA}`, name: "Empresa A alterada", document: "", active: true }) },
  "companies.delete": { role: "admin", crossCompany: "refused", sample: (w) => ({ id: w.emptyCompany }) },
  "users.save": { role: "admin", crossCompany: "refused", sample: (w) => ({ id: w.userA, name: "Usuário A", email: `a${w.userA}@teste.dev`, role: "operator", companyIds: [w.companyA] }) },
  "users.setActive": { role: "admin", crossCompany: "refused", sample: (w) => ({ id: w.userA, active: false }) },
  "users.resetPassword": { role: "admin", crossCompany: "refused", sample: (w) => ({ id: w.userA, password: "nova-senha-123" }) },
  "phoneTypes.save": { role: "admin", crossCompany: "org-wide", sample: () => ({ code: `T${Math.floor(Math.random() * 999)}`, description: "Tipo de teste" }) },
  "phoneTypes.delete": { role: "admin", crossCompany: "org-wide", sample: (w) => ({ id: w.phoneTypeId }) },
  "additionalFields.save": { role: "admin", crossCompany: "org-wide", sample: () => ({ code: `CAMPO_${Math.floor(Math.random() * 9999)}`, label: "Campo", type: "text" }) },
  "additionalFields.delete": { role: "admin", crossCompany: "org-wide", sample: (w) => ({ id: w.fieldId }) },
  "settings.update": { role: "admin", crossCompany: "refused", sample: (w) => ({ code: "CD_TIPOFONE_CELULAR", companyId: w.companyA, value: { phoneTypeCode: "CEL" } }) },
  "people.save": { role: "operator", crossCompany: "org-wide", sample: (w) => ({
    id: w.personId, kind: "natural", document: generateCPF(), name: "Pessoa compartilhada", tradeName: "", erpCode: "", crmCode: "",
    accountId: null, phones: [], emails: [], additionalValues: [], optOutWhatsapp: false, optOutSms: false, optOutEmail: false,
  }) },
  "sandbox.setFaults": { role: "admin", crossCompany: "org-wide", sample: () => ({
    latencyMs: 0, percent5xx: 0, percent429: 0, retryAfterSeconds: 1, percentTimeout: 0, invalidToken: false, failingNumbers: "",
  }) },
  "sandbox.reset": { role: "admin", crossCompany: "org-wide", sample: () => ({}) },
  "messages.retry": { role: "admin", crossCompany: "refused", sample: (w) => ({ id: w.failedMessageId }) },
  "messages.cancel": { role: "admin", crossCompany: "refused", sample: (w) => ({ id: w.queuedMessageId }) },
  "scheduler.save": { role: "admin", crossCompany: "refused", sample: (w) => ({
    id: w.configId, description: "Contagem diária", processType: "Cadastros", processCode: "demo.count-people", companyIds: [],
    groupCompanies: false, frequency: "daily", startAt: "2026-12-01T09:00", cronMinute: "*", cronHour: "*", cronDayOfMonth: "*",
    cronMonth: "*", cronDayOfWeek: "*", params: { onlyWithMobile: true }, externalAgent: "", active: true,
  }) },
  "scheduler.setActive": { role: "admin", crossCompany: "refused", sample: (w) => ({ id: w.configId, active: false }) },
  "scheduler.delete": { role: "admin", crossCompany: "refused", sample: (w) => ({ id: w.configId }) },
  "scheduler.runNow": { role: "operator", crossCompany: "refused", sample: (w) => ({ configId: w.configId }) },
  "scheduler.cancelRun": { role: "operator", crossCompany: "refused", sample: (w) => ({ id: w.runId }) },
};

const t = useTestDb();
const clock = fixedClock("2026-11-23T12:00:00Z");
const run = (name: ActionName, input: unknown, userId: number | null) =>
  executeAction(allActions[name] as unknown as ActionDef, input, userId ? { userId } : null, { db: t.db, clock });

/** Fresh company-A data per call, so destructive samples never depend on each other. */
async function world(): Promise<World> {
  const a = await makeCompany(t.db, "Empresa A");
  const b = await makeCompany(t.db, "Empresa B");
  const empty = await makeCompany(t.db, "Empresa sem registros");
  const userA = await makeUser(t.db, "operator", [a.id]);
  const operatorA = await makeUser(t.db, "operator", [a.id]);
  const [person] = await t.db.insert(people).values({ kind: "natural", name: "Pessoa A" }).returning();
  const [phoneType] = await t.db.insert(phoneTypes).values({ code: `X${a.id}`, description: "Tipo A" }).returning();
  const [field] = await t.db.insert(additionalFields).values({ code: `F${a.id}`, label: "Campo A", type: "text" }).returning();
  const [account] = await t.db.insert(providerAccounts).values({ provider: "rdconversas", name: `Conta A${a.id}`, baseUrl: "http://127.0.0.1:9" }).returning();
  const message = (status: "failed" | "queued") => ({
    companyId: a.id, accountId: account!.id, kind: "rd.template", recipient: "+5511999990000", payload: {}, producer: "teste",
    idempotencyKey: `matrix:${a.id}:${status}`, status,
  });
  const [failed, queued] = await t.db.insert(outboxMessages).values([message("failed"), message("queued")]).returning();
  const [config] = await t.db.insert(processConfigs).values({
    companyId: a.id, description: "Contagem diária", processType: "Cadastros", processCode: "demo.count-people",
    frequency: "daily", startAt: new Date("2026-12-01T12:00:00Z"),
  }).returning();
  const [run] = await t.db.insert(processRuns).values({
    configId: config!.id, scheduledFor: new Date("2026-11-23T11:00:00Z"), companyScope: String(a.id), companyIds: [a.id],
    referenceDate: "2026-11-23", trigger: "manual",
  }).returning();
  return {
    companyA: a.id, companyB: b.id, emptyCompany: empty.id, userA: userA.id, operatorA: operatorA.id, personId: person!.id, phoneTypeId: phoneType!.id, fieldId: field!.id,
    failedMessageId: failed!.id, queuedMessageId: queued!.id, configId: config!.id, runId: Number(run!.id),
  };
}

let shared: World;
beforeAll(async () => {
  shared = await world();
  await t.db.insert(phoneTypes).values({ code: "CEL", description: "Celular" }).onConflictDoNothing();
});

describe("authorization matrix", () => {
  it("has a rule for every registered action and no rule for a missing one", () => {
    expect(Object.keys(rules).sort()).toEqual(Object.keys(allActions).sort());
  });

  it("matches each action's declared role", () => {
    for (const [name, rule] of Object.entries(rules)) expect(allActions[name as ActionName].role, name).toBe(rule.role);
  });

  it("every \"use server\" export only forwards to runAction with a registered name", () => {
    const files: string[] = [];
    const walk = (dir: string) => readdirSync(dir, { withFileTypes: true }).forEach((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(e.name) && /^\s*["']use server["']/.test(readFileSync(full, "utf8"))) files.push(full);
    });
    walk("app");
    expect(files.length).toBeGreaterThan(0);
    const allowedOutsideWrapper = new Set(["login", "logout"]); // sign-in/out run before/after a session exists
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      const exported = [...source.matchAll(/export\s+async\s+function\s+(\w+)/g)].map((m) => m[1]!);
      for (const fn of exported) {
        if (allowedOutsideWrapper.has(fn)) continue;
        const body = new RegExp(`function\\s+${fn}\\s*\\([^)]*\\)[^{]*\\{\\s*return\\s+runAction\\("([^"]+)",\\s*\\w+\\);?\\s*\\}`).exec(source);
        expect(body, `${file}: ${fn} must be \`return runAction("name", input)\``).not.toBeNull();
        expect(Object.keys(allActions), `${file}: ${fn}`).toContain(body![1]);
      }
      expect(/export\s+(const|let|default)/.test(source), `${file} exports something other than functions`).toBe(false);
    }
  });

  describe.each(Object.entries(rules) as [ActionName, Rule][])("%s", (name, rule) => {
    it("refuses anonymous callers", async () => {
      expect(await run(name, rule.sample(shared), null)).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    });

    it(rule.role === "admin" ? "refuses operators" : "lets operators in", async () => {
      const w = await world();
      const result = await run(name, rule.sample(w), w.operatorA);
      if (rule.role === "admin") expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
      else expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    });

    it(rule.crossCompany === "refused" ? "refuses a user of another company" : "is shared across companies", async () => {
      const w = await world();
      const outsider = await makeUser(t.db, rule.role, [w.companyB]);
      const result = await run(name, rule.sample(w), outsider.id);
      if (rule.crossCompany === "refused") {
        expect(result.ok, JSON.stringify(result)).toBe(false);
        expect(["FORBIDDEN", "NOT_FOUND"]).toContain((result as { code: string }).code);
      } else {
        expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
      }
    });

    it("is allowed for a granted user with the right role", async () => {
      const w = await world();
      const insider = await makeUser(t.db, rule.role === "admin" ? "admin" : "operator", [w.companyA, w.emptyCompany]);
      // An admin can only manage a user whose companies it holds: the sample user is granted company A only.
      const result = await run(name, rule.sample(w), insider.id);
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    });
  });
});
