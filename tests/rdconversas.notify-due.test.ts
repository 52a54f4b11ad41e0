import { and, eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { outboxMessages, people, rdMessages, receivables, settings } from "../db/schema";
import { fixedClock } from "../lib/core/clock";
import { encryptSecret } from "../lib/core/crypto";
import { DUE_FIELD_SQL } from "../lib/rdconversas/due-fields-sql";
import { fieldsForGroup, renderVariables } from "../lib/rdconversas/fields";
import { syncModuleAccount } from "../lib/rdconversas/module-account";
import { notifyDue } from "../lib/rdconversas/processes/notify-due";
import { RD_CONFIG_CODE } from "../lib/rdconversas/settings";
import { processByCode } from "../lib/scheduler/processes";
import { makeCompany } from "./support/fixtures";
import { insertPerson, makePhoneType, makeReceivable, uniqueCpf } from "./support/people-fixtures";
import { useTestDb } from "./support/test-db";

process.env.APP_SECRET = "chave-de-teste";

const t = useTestDb();
const clock = fixedClock("2026-01-30T11:00:00Z");
const BOLETO_FIELDS = ["first_name", "receivable_amount", "due_date", "digitable_line"];
const CARNE_FIELDS = ["person_name", "receivable_amount", "due_date", "pix_code"];
let mobile: { id: number; code: string };
let landline: { id: number; code: string };
let nextRunId = 1;
let phoneCounter = 0;

const phone = () => `+55119${String(10_000_000 + ++phoneCounter)}`;

async function configure(daysAhead: number) {
  const value = {
    DS_TOKEN_RDCONVERSAS: encryptSecret("sandbox-token-rd"), CD_CAMPO_ADIC_PESRDCONV: "RDCONV_ID",
    NR_CHIP_RDCONVERSAS: "11999990001", QT_DIAS_AVISO_VENC: daysAhead, ID_INTEGRACAO_CHIP: "chip-1",
  };
  await t.db.insert(settings).values({ code: RD_CONFIG_CODE, companyId: null, value })
    .onConflictDoUpdate({ target: [settings.code, settings.companyId], set: { value } });
  await syncModuleAccount(t.db, value);
}

/** A company whose mobile type is `mobile`, with active boleto and carnê messages unless told otherwise. */
async function companyWithMessages(options: { boleto?: Partial<typeof rdMessages.$inferInsert> | null; carne?: Partial<typeof rdMessages.$inferInsert> | null } = {}) {
  const company = await makeCompany(t.db, "Loja Pé de Moça");
  await t.db.insert(settings).values({ code: "CD_TIPOFONE_CELULAR", companyId: company.id, value: { phoneTypeCode: mobile.code } });
  const message = (type: string, fields: string[], extra: Partial<typeof rdMessages.$inferInsert> = {}) => ({
    companyId: company.id, type, templateId: `tpl-${type}`, templateName: type, templateText: "Olá {{1}}", variableCount: fields.length,
    chipId: "chip-1", chipLabel: "+55 11 99999-0001", fields, ...extra,
  });
  const rows = [
    options.boleto !== null && message("due_boleto", BOLETO_FIELDS, options.boleto),
    options.carne !== null && message("due_carne", CARNE_FIELDS, options.carne),
  ].filter((row) => row !== false);
  if (rows.length) await t.db.insert(rdMessages).values(rows);
  return company;
}

const customer = (name = "Ana Souza", extra: Partial<typeof people.$inferInsert> = {}) =>
  insertPerson(t.db, { name, document: uniqueCpf(), ...extra }, [{ phoneTypeId: mobile.id, e164: phone(), isPrimary: true }]);

async function run103(companyIds: number[], referenceDate: string, anticipateNonBusinessDays = false, cancelled = false) {
  const lines: { message: string; level?: string; data?: unknown }[] = [];
  const runId = nextRunId++;
  const counts = await processByCode("103")!.handler({
    db: t.db, clock, params: { anticipateNonBusinessDays },
    run: { id: runId, referenceDate, companyIds, scheduledFor: clock.now() },
    log: async (message, options) => { lines.push({ message, ...options }); },
    progress: async () => {}, isCancelled: async () => cancelled,
  });
  return { counts, lines, runId };
}

// Receivable order: boleto and carnê statements run side by side, so outbox ids interleave.
const queuedFor = (companyId: number) =>
  t.db.select().from(outboxMessages).where(eq(outboxMessages.companyId, companyId)).orderBy(sql`${outboxMessages.producerRef}::int`);

beforeAll(async () => {
  mobile = await makePhoneType(t.db);
  landline = await makePhoneType(t.db);
});

describe("process 103 without the parameter", () => {
  it("fails saying the RD Conversas parameter is not configured", async () => {
    const company = await companyWithMessages();
    await expect(run103([company.id], "2026-01-30")).rejects.toThrow(/DS_LST_CONFIG_RDCONVERSAS não configurado/);
  });
});

describe("process 103 Envio Notificações RD Conversas", () => {
  beforeAll(() => configure(2));

  it("is registered in the scheduler as an integration process, anticipation off by default", () => {
    expect(processByCode("103")).toBe(notifyDue);
    expect(notifyDue).toMatchObject({ name: "103 - Envio Notificações RD Conversas", type: "Integração" });
    expect(notifyDue.params.parse({})).toEqual({ anticipateNonBusinessDays: false });
  });

  it("queues open boletos and in-progress carnês due on reference + N days, across the month end", async () => {
    const company = await companyWithMessages();
    const ana = await customer();
    const due = "2026-02-01";
    const boleto = await makeReceivable(t.db, company.id, ana.id, { dueDate: due, status: "open", digitableLine: "34191.79001" });
    const carne = await makeReceivable(t.db, company.id, ana.id, { dueDate: due, paymentMethod: "carne_pix", status: "in_progress", pixCode: "000201pix" });
    await makeReceivable(t.db, company.id, ana.id, { dueDate: due, status: "paid" });
    await makeReceivable(t.db, company.id, ana.id, { dueDate: due, status: "in_progress" });
    await makeReceivable(t.db, company.id, ana.id, { dueDate: due, paymentMethod: "carne_pix", status: "open" });
    await makeReceivable(t.db, company.id, ana.id, { dueDate: "2026-01-31", status: "open" });
    await makeReceivable(t.db, company.id, ana.id, { dueDate: "2026-02-02", status: "open" });

    const { counts, runId } = await run103([company.id], "2026-01-30");

    expect(counts).toEqual({ found: 2, queued: 2, skipped: 0 });
    const rows = await queuedFor(company.id);
    expect(rows.map((r) => ({
      ref: r.producerRef, key: r.idempotencyKey, payload: r.payload, recipient: r.recipient, personId: r.personId,
      producer: r.producer, runId: r.runId, status: r.status, kind: r.kind,
    }))).toEqual([
      {
        ref: String(boleto.id), key: `rd-due:${company.id}:${boleto.id}:${due}:due_boleto`, recipient: expect.stringMatching(/^\+55119/),
        payload: { templateId: "tpl-due_boleto", channelId: "chip-1", variables: ["Ana", "R$\u00a0159,90", "01/02/2026", "34191.79001"] },
        personId: ana.id, producer: "process:103", runId, status: "queued", kind: "rd.template",
      },
      {
        ref: String(carne.id), key: `rd-due:${company.id}:${carne.id}:${due}:due_carne`, recipient: expect.stringMatching(/^\+55119/),
        payload: { templateId: "tpl-due_carne", channelId: "chip-1", variables: ["Ana Souza", "R$\u00a0159,90", "01/02/2026", "000201pix"] },
        personId: ana.id, producer: "process:103", runId, status: "queued", kind: "rd.template",
      },
    ]);
    expect(rows.every((r) => r.notBefore?.toISOString() === clock.now().toISOString())).toBe(true);
  });

  it("skips people without a primary phone of the company's mobile type, and opted-out people, saying why", async () => {
    const company = await companyWithMessages();
    const ok = await customer("Bruno Lima");
    const noPhone = await insertPerson(t.db, { name: "Sem Telefone", document: uniqueCpf() });
    const notPrimary = await insertPerson(t.db, { name: "Não Principal", document: uniqueCpf() }, [{ phoneTypeId: mobile.id, e164: phone(), isPrimary: false }]);
    const otherType = await insertPerson(t.db, { name: "Só Fixo", document: uniqueCpf() }, [{ phoneTypeId: landline.id, e164: phone(), isPrimary: true }]);
    const optedOut = await customer("Opt Out", { optOutWhatsapp: true });
    for (const person of [ok, noPhone, notPrimary, otherType, optedOut]) {
      await makeReceivable(t.db, company.id, person.id, { dueDate: "2026-02-01" });
    }

    const { counts, lines } = await run103([company.id], "2026-01-30");

    expect(counts).toEqual({ found: 5, queued: 1, skipped: 4 });
    expect((await queuedFor(company.id)).map((r) => r.personId)).toEqual([ok.id]);
    const line = lines.find((l) => l.message.startsWith(`Empresa ${company.code}`))!;
    expect(line.message).toContain("Vencimento boleto: 5 encontrado(s), 1 na fila, 4 ignorado(s)");
    expect(line.message).toContain(`3 sem celular principal do tipo ${mobile.code}`);
    expect(line.message).toContain("1 com opt-out de WhatsApp");
  });

  it("queues nothing for a type whose message is inactive, missing or has a wrong field list, and logs it", async () => {
    const inactive = await companyWithMessages({ carne: { active: false } });
    const missing = await companyWithMessages({ boleto: null, carne: null });
    const invalid = await companyWithMessages({ boleto: { variableCount: 5 } });
    const ana = await customer();
    for (const company of [inactive, missing, invalid]) {
      await makeReceivable(t.db, company.id, ana.id, { dueDate: "2026-02-01" });
      await makeReceivable(t.db, company.id, ana.id, { dueDate: "2026-02-01", paymentMethod: "carne_pix", status: "in_progress" });
    }

    const { counts, lines } = await run103([inactive.id, missing.id, invalid.id], "2026-01-30");

    expect(counts).toEqual({ found: 6, queued: 2, skipped: 4 });
    const kinds = async (companyId: number) => (await queuedFor(companyId)).map((r) => r.idempotencyKey.split(":").at(-1));
    expect(await kinds(inactive.id)).toEqual(["due_boleto"]);
    expect(await kinds(missing.id)).toEqual([]);
    expect(await kinds(invalid.id)).toEqual(["due_carne"]);
    const lineOf = (code: string) => lines.find((l) => l.message.startsWith(`Empresa ${code}`))!;
    expect(lineOf(inactive.code)).toMatchObject({ level: "warn", message: expect.stringContaining("Vencimento carnê: sem mensagem ativa, 1 título(s) ignorado(s)") });
    expect(lineOf(missing.code).message).toContain("Vencimento boleto: sem mensagem ativa");
    expect(lineOf(missing.code).message).toContain("Vencimento carnê: sem mensagem ativa");
    expect(lineOf(invalid.code).message).toContain("Vencimento boleto: lista de campos inválida (O template tem 5 variável(is) e a lista tem 4 campo(s)");
  });

  it("never includes another company's receivables; a grouped run logs each company on its own", async () => {
    const first = await companyWithMessages();
    const second = await companyWithMessages();
    const ana = await customer();
    await makeReceivable(t.db, first.id, ana.id, { dueDate: "2026-02-01" });
    await makeReceivable(t.db, second.id, ana.id, { dueDate: "2026-02-01" });
    await makeReceivable(t.db, second.id, ana.id, { dueDate: "2026-02-01", paymentMethod: "carne_pix", status: "in_progress" });

    const alone = await run103([first.id], "2026-01-30");
    expect(alone.counts).toEqual({ found: 1, queued: 1, skipped: 0 });
    expect(await queuedFor(second.id)).toEqual([]);

    const grouped = await run103([first.id, second.id], "2026-01-30");
    expect(grouped.counts).toEqual({ found: 3, queued: 2, skipped: 1 });
    const companyLines = grouped.lines.filter((l) => l.message.startsWith("Empresa "));
    expect(companyLines.map((l) => l.message.split(":")[0])).toEqual([`Empresa ${first.code} – ${first.name}`, `Empresa ${second.code} – ${second.name}`]);
    expect(companyLines[0]!.message).toContain("1 encontrado(s), 0 na fila, 1 ignorado(s)");
    expect(companyLines[0]!.message).toContain("1 já enviado(s) antes");
    expect(companyLines[1]!.message).toContain("2 encontrado(s), 2 na fila, 0 ignorado(s)");
    expect((await queuedFor(second.id)).every((r) => r.companyId === second.id && r.idempotencyKey.startsWith(`rd-due:${second.id}:`))).toBe(true);
  });

  it("queues nothing new when run again the same day", async () => {
    const company = await companyWithMessages();
    for (const name of ["Caio", "Dora", "Enzo"]) await makeReceivable(t.db, company.id, (await customer(name)).id, { dueDate: "2026-02-01" });

    expect((await run103([company.id], "2026-01-30")).counts).toEqual({ found: 3, queued: 3, skipped: 0 });
    const again = await run103([company.id], "2026-01-30");

    expect(again.counts).toEqual({ found: 3, queued: 0, skipped: 3 });
    expect(again.lines.find((l) => l.message.startsWith("Empresa"))!.message).toContain("3 já enviado(s) antes");
    expect(await queuedFor(company.id)).toHaveLength(3);
  });

  it("queues nothing once the run was cancelled", async () => {
    const company = await companyWithMessages();
    await makeReceivable(t.db, company.id, (await customer()).id, { dueDate: "2026-02-01" });

    const { counts, lines } = await run103([company.id], "2026-01-30", false, true);

    expect(counts).toEqual({ found: 0, queued: 0, skipped: 0 });
    expect(lines.some((l) => l.message.startsWith("Empresa"))).toBe(false);
    expect(await queuedFor(company.id)).toEqual([]);
  });

  it("fills the variables exactly as the field list's renderVariables does (money, dates, accents, documents)", async () => {
    const fields = fieldsForGroup("due").map((f) => f.code);
    const company = await companyWithMessages({ boleto: { fields, variableCount: fields.length } });
    const cases = [
      { person: { name: "  Ágata  Conceição Müller", document: uniqueCpf(), erpCode: "E-1" }, amountCents: 5, digitableLine: "34191.79001 01043", pixCode: null },
      { person: { name: "Comércio São João Ltda", document: "11222333000181", kind: "legal" as const }, amountCents: 123_456, digitableLine: null, pixCode: "0002pix" },
      { person: { name: "Zé", document: null }, amountCents: 100_000_000, digitableLine: null, pixCode: null },
      { person: { name: "Ênio Ávila", document: uniqueCpf() }, amountCents: 123_456_789_012, digitableLine: "x", pixCode: null },
    ];
    for (const c of cases) {
      const person = await customer(c.person.name, c.person);
      await makeReceivable(t.db, company.id, person.id, { dueDate: "2026-02-01", amountCents: c.amountCents, digitableLine: c.digitableLine, pixCode: c.pixCode });
    }

    await run103([company.id], "2026-01-30");

    const rows = await queuedFor(company.id);
    const stored = await t.db.select().from(receivables).where(inArray(receivables.id, rows.map((r) => Number(r.producerRef))));
    const owners = await t.db.select().from(people).where(inArray(people.id, stored.map((r) => r.personId)));
    expect(rows).toHaveLength(cases.length);
    for (const row of rows) {
      const receivable = stored.find((r) => r.id === Number(row.producerRef))!;
      const person = owners.find((p) => p.id === receivable.personId)!;
      const expected = renderVariables(fields, { person, company, receivable });
      expect((row.payload as { variables: string[] }).variables).toEqual(expected);
    }
    expect(new Set(Object.keys(DUE_FIELD_SQL))).toEqual(new Set(fields));
  });

  it("with anticipation, a Friday also sends the weekend's notices with the real due dates; the weekend sends none", async () => {
    const company = await companyWithMessages();
    const ana = await customer();
    const dueDates = ["2026-01-31", "2026-02-01", "2026-02-02", "2026-02-03", "2026-02-04"];
    for (const dueDate of dueDates) await makeReceivable(t.db, company.id, ana.id, { dueDate });

    const friday = await run103([company.id], "2026-01-30", true);
    expect(friday.counts).toEqual({ found: 3, queued: 3, skipped: 0 });
    expect(friday.lines.some((l) => l.message.includes("vencimento em 01/02/2026 a 03/02/2026"))).toBe(true);
    const variables = (await queuedFor(company.id)).map((r) => (r.payload as { variables: string[] }).variables[2]);
    expect(variables).toEqual(["01/02/2026", "02/02/2026", "03/02/2026"]);

    const saturday = await run103([company.id], "2026-01-31", true);
    expect(saturday.counts).toEqual({ found: 0, queued: 0, skipped: 0 });
    expect(saturday.lines[0]!.message).toContain("31/01/2026 não é dia útil");
    expect(await run103([company.id], "2026-02-01", true)).toMatchObject({ counts: { queued: 0 } });

    const monday = await run103([company.id], "2026-02-02", true);
    expect(monday.counts).toEqual({ found: 1, queued: 1, skipped: 0 });
    expect((await queuedFor(company.id)).at(-1)!.idempotencyKey).toMatch(/:2026-02-04:due_boleto$/);
  });

  it("with anticipation, the day before Tiradentes sends the holiday's notices and the holiday sends none", async () => {
    const company = await companyWithMessages();
    const ana = await customer();
    for (const dueDate of ["2026-04-22", "2026-04-23", "2026-04-24"]) await makeReceivable(t.db, company.id, ana.id, { dueDate });

    expect((await run103([company.id], "2026-04-20", true)).counts).toEqual({ found: 2, queued: 2, skipped: 0 });
    expect((await run103([company.id], "2026-04-21", true)).counts).toEqual({ found: 0, queued: 0, skipped: 0 });
    expect((await run103([company.id], "2026-04-22", true)).counts).toEqual({ found: 1, queued: 1, skipped: 0 });
    const keys = (await queuedFor(company.id)).map((r) => r.idempotencyKey.split(":")[3]);
    expect(keys).toEqual(["2026-04-22", "2026-04-23", "2026-04-24"]);
  });

  it("without anticipation, a Saturday sends its own D+N notices", async () => {
    const company = await companyWithMessages();
    await makeReceivable(t.db, company.id, (await customer()).id, { dueDate: "2026-02-02" });
    expect((await run103([company.id], "2026-01-31")).counts).toEqual({ found: 1, queued: 1, skipped: 0 });
    const [row] = await t.db.select().from(outboxMessages).where(and(eq(outboxMessages.companyId, company.id)));
    expect(row!.idempotencyKey).toBe(`rd-due:${company.id}:${row!.producerRef}:2026-02-02:due_boleto`);
  });
});
