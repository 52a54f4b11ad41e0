import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, outboxMessages, personAdditionalValues, rdContactBatches, rdContactBatchItems, settings } from "../db/schema";
import { executeAction, type ActionDef } from "../lib/core/action";
import { fixedClock, systemClock } from "../lib/core/clock";
import type { Ctx } from "../lib/core/ctx";
import { enqueueMessages } from "../lib/messaging/enqueue-messages";
import { runDispatcher } from "../lib/messaging/dispatcher-loop";
import { createRdSimulatorState } from "../lib/providers/rdconversas/simulator";
import { startRdSimulatorServer } from "../lib/providers/rdconversas/simulator-server";
import { rdContactActions } from "../lib/rdconversas/contact-actions";
import { contactFiltersSchema, type ContactFilters } from "../lib/rdconversas/contact-schemas";
import { contactBatchView } from "../lib/rdconversas/contacts/contact-batch-view";
import { explainContactAbsence } from "../lib/rdconversas/contacts/explain-contact-absence";
import { listContactBatches } from "../lib/rdconversas/contacts/list-contact-batches";
import { listContactCandidates } from "../lib/rdconversas/contacts/list-contact-candidates";
import { startContactBatch } from "../lib/rdconversas/contacts/start-contact-batch";
import { makeCompany, makeCtx, makeUser } from "./support/fixtures";
import { insertPerson, makePhoneType } from "./support/people-fixtures";
import { configureRdModule, RD_CHIP_ID, RD_FIELD_CODE } from "./support/rd-contact-fixtures";
import { useTestDb } from "./support/test-db";

process.env.APP_SECRET = "chave-de-teste-contatos";
const t = useTestDb();
const clock = fixedClock("2026-11-23T12:00:00Z");
let ctx: Ctx & { company: { id: number } };
let cel: number;
let res: number;
let fieldId: number;
let sim: Awaited<ReturnType<typeof startRdSimulatorServer>>;

const filters = (overrides: Partial<ContactFilters> = {}) => contactFiltersSchema.parse(overrides);
const candidates = async (f: Partial<ContactFilters> = {}, page = 1) =>
  listContactCandidates({ ctx, input: { ...filters(f), page } });
const names = async (f: Partial<ContactFilters>) => (await candidates(f)).rows.map((r) => r.name);
const act = (name: keyof typeof rdContactActions, input: unknown, userId = ctx.user.id) =>
  executeAction(rdContactActions[name] as unknown as ActionDef, input, { userId }, { db: t.db, clock });
const batchRows = (batchId: number) => t.db.select({ status: outboxMessages.status, recipient: outboxMessages.recipient })
  .from(rdContactBatchItems).innerJoin(outboxMessages, eq(outboxMessages.id, rdContactBatchItems.messageId))
  .where(eq(rdContactBatchItems.batchId, batchId));
const setBatchStatus = (batchId: number, status: "sent" | "failed") => t.db.execute(sql`update outbox_messages set status = ${status}
  where id in (select message_id from rd_contact_batch_items where batch_id = ${batchId})`);

beforeAll(async () => {
  sim = await startRdSimulatorServer({ state: createRdSimulatorState() });
  process.env.RDCONVERSAS_BASE_URL = sim.baseUrl;
  ctx = await makeCtx(t.db, "operator");
  ({ fieldId, celTypeId: cel } = await configureRdModule(t.db));
  res = (await makePhoneType(t.db, "RES")).id;
});
afterAll(() => sim?.close());

describe("PESFP079 candidates and the “why isn't this person listed?” lookup", () => {
  let people: Record<string, number>;
  beforeAll(async () => {
    const p = (name: string, phones: Parameters<typeof insertPerson>[2], extra: Record<string, unknown> = {}) =>
      insertPerson(t.db, { name, createdAt: new Date("2026-10-01T12:00:00Z"), ...extra }, phones).then((row) => row.id);
    people = {
      ok: await p("Regra Apta Silva", [{ phoneTypeId: cel, e164: "+5511911110001", isPrimary: true }], { erpCode: "REGRA-1", createdAt: new Date("2026-11-10T12:00:00Z") }),
      sent: await p("Regra Já Enviada", [{ phoneTypeId: cel, e164: "+5511911110002", isPrimary: true }]),
      queued: await p("Regra Na Fila", [{ phoneTypeId: cel, e164: "+5511911110003", isPrimary: true }]),
      failed: await p("Regra Falhou Antes", [{ phoneTypeId: cel, e164: "+5511911110004", isPrimary: true }]),
      noMobile: await p("Regra Sem Celular", [{ phoneTypeId: res, e164: "+551133330005", isPrimary: true }]),
      notPrimary: await p("Regra Celular Secundário", [{ phoneTypeId: cel, e164: "+5511911110006", isPrimary: false }]),
      optedOut: await p("Regra Não Quer", [{ phoneTypeId: cel, e164: "+5511911110007", isPrimary: true }], { optOutWhatsapp: true }),
    };
    await t.db.insert(personAdditionalValues).values({ personId: people.sent!, fieldId, value: "rd-contato-123" });
    const account = (await t.db.execute<{ id: number }>(sql`select id from provider_accounts where name = 'RD Conversas'`)).rows[0]!.id;
    const row = (personId: number, e164: string) => ({
      companyId: ctx.companyId, accountId: account, kind: "rd.contact", recipient: e164, personId,
      payload: { name: "x", channelId: RD_CHIP_ID, fieldCode: RD_FIELD_CODE }, producer: "teste", idempotencyKey: `rd-contact:${personId}:${e164}`,
    });
    await enqueueMessages({ db: t.db, clock, messages: [row(people.queued!, "+5511911110003"), row(people.failed!, "+5511911110004")] });
    await t.db.update(outboxMessages).set({ status: "failed", attempts: 3 }).where(eq(outboxMessages.personId, people.failed!));
  });

  it("lists only people with a primary mobile phone, no RD id, nothing live in the queue and no WhatsApp opt-out", async () => {
    expect(await names({ name: "regra" })).toEqual(["Regra Apta Silva", "Regra Falhou Antes"]);
    const ok = (await candidates({ name: "REGRA APTA" })).rows[0]!;
    expect(ok).toMatchObject({ name: "Regra Apta Silva", e164: "+5511911110001", erpCode: "REGRA-1" });
  });

  it("filters by accent-free name, ERP code and registration date", async () => {
    expect(await names({ name: "apta sílva" })).toEqual(["Regra Apta Silva"]);
    expect(await names({ erpCode: "REGRA-1" })).toEqual(["Regra Apta Silva"]);
    expect(await names({ name: "regra", since: "2026-11-01" })).toEqual(["Regra Apta Silva"]);
  });

  it("uses the chosen company's mobile type (CD_TIPOFONE_CELULAR)", async () => {
    const other = await makeCompany(t.db, "Empresa Residencial");
    await t.db.insert(settings).values({ code: "CD_TIPOFONE_CELULAR", companyId: other.id, value: { phoneTypeCode: "RES" } });
    const user = await makeUser(t.db, "operator", [ctx.companyId, other.id]);
    const both = { ...ctx, user: { ...ctx.user, id: user.id }, companies: [...ctx.companies, { id: other.id, code: other.code, name: other.name }] };
    const result = await listContactCandidates({ ctx: both, input: { ...filters({ name: "regra", companyId: other.id }), page: 1 } });
    expect(result.rows.map((r) => r.name)).toEqual(["Regra Sem Celular"]);
    await expect(listContactCandidates({ ctx, input: { ...filters({ companyId: other.id }), page: 1 } }))
      .rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("explains in Portuguese why each missing person is not listed", async () => {
    const why = async (key: string, f: Partial<ContactFilters> = {}) =>
      (await explainContactAbsence({ ctx, input: { personId: people[key]!, filters: filters(f) } }))!.reasons;
    expect(await why("ok")).toEqual([]);
    expect(await why("sent")).toEqual([`Já enviada: o ID do contato no RD Conversas é rd-contato-123 (campo adicional ${RD_FIELD_CODE}).`]);
    expect(await why("queued")).toEqual(["Contato pendente na fila de envio: Na fila ((11) 91111-0003)."]);
    expect(await why("noMobile")).toEqual(["Não tem telefone do tipo CEL – Celular."]);
    expect(await why("notPrimary")).toEqual(["Tem telefone do tipo CEL – Celular, mas nenhum está marcado como principal."]);
    expect(await why("optedOut")).toEqual(["Optou por não receber mensagens por WhatsApp."]);
    expect(await why("ok", { name: "outra", erpCode: "X9", since: "2026-11-20" })).toEqual([
      "Não corresponde ao filtro Nome “outra”.",
      "Não corresponde ao filtro Código ERP “X9” (o código dela é REGRA-1).",
      "Cadastrada em 10/11/2026, antes do filtro “Cadastrada desde” 20/11/2026.",
    ]);
  });

  it("sends the chosen people: a failed contact is queued again (attempts kept) and joins the batch", async () => {
    const result = await act("rdContacts.startBatch", { selection: "ids", filters: filters({ name: "regra" }), personIds: [people.ok, people.failed, people.sent] });
    expect(result).toMatchObject({ ok: true, data: { total: 2 } });
    const batchId = (result as { data: { id: number } }).data.id;
    const rows = await t.db.select().from(outboxMessages).where(eq(outboxMessages.producerRef, String(batchId)));
    expect(rows.map((r) => [r.personId, r.status, r.recipient, r.attempts]).sort()).toEqual([
      [people.ok, "queued", "+5511911110001", 0], [people.failed, "queued", "+5511911110004", 3],
    ].sort());
    expect(rows.find((r) => r.personId === people.ok)).toMatchObject({
      kind: "rd.contact", companyId: ctx.companyId, producer: "batch:PESFP079", idempotencyKey: `rd-contact:${people.ok}:+5511911110001`,
      payload: { name: "Regra Apta Silva", channelId: RD_CHIP_ID, fieldCode: RD_FIELD_CODE },
    });
    expect(await names({ name: "regra" })).toEqual([]);
    expect(await act("rdContacts.startBatch", { selection: "all", filters: filters({ name: "regra" }) }))
      .toMatchObject({ ok: false, code: "CONFLICT" });
    const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, "rd_contact_batch"), eq(auditLog.entityId, String(batchId))));
    expect(audit).toMatchObject({ action: "create", userId: ctx.user.id, companyId: ctx.companyId });
  });
});

describe("PESFP079 batches", () => {
  it("starts a batch of 10,000 people from the filters alone", async () => {
    await t.db.execute(sql`
      with created as (
        insert into people (kind, name, created_at) select 'natural', 'Massa Lote ' || lpad(g::text, 5, '0'), now()
        from generate_series(1, 10000) g returning id)
      insert into person_phones (person_id, phone_type_id, e164, is_primary)
      select id, ${cel}, '+55119' || lpad(id::text, 8, '0'), true from created`);
    expect((await candidates({ name: "massa lote" })).total).toBe(10_000);
    const batch = await t.db.transaction((tx) =>
      startContactBatch({ ctx: { ...ctx, db: tx }, input: { selection: "all", filters: filters({ name: "massa lote" }) } }));
    expect(batch.total).toBe(10_000);
    const [counts] = (await t.db.execute<{ items: number; queued: number }>(sql`
      select count(*)::int as items, count(*) filter (where o.status = 'queued' and o.kind = 'rd.contact')::int as queued
      from rd_contact_batch_items i join outbox_messages o on o.id = i.message_id where i.batch_id = ${batch.id}`)).rows;
    expect(counts).toEqual({ items: 10_000, queued: 10_000 });
    expect((await candidates({ name: "massa lote" })).total).toBe(0);
    const view = await contactBatchView({ ctx, input: { id: batch.id, page: 2 } });
    expect(view.progress).toMatchObject({ total: 10_000, pending: 10_000, sent: 0 });
    expect(view.items.rows).toHaveLength(50);
    expect(view.items.rows[0]!.name).toBe("Massa Lote 00051");
  });

  it("cancels the rows still queued, once, audited; another company's user gets nothing", async () => {
    const p = await insertPerson(t.db, { name: "Cancela Lote Um" }, [{ phoneTypeId: cel, e164: "+5511922220001", isPrimary: true }]);
    const started = await act("rdContacts.startBatch", { selection: "ids", filters: filters(), personIds: [p.id] });
    const id = (started as { data: { id: number } }).data.id;
    const outsider = await makeCtx(t.db, "admin");
    expect(await act("rdContacts.cancelBatch", { id }, outsider.user.id)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await expect(contactBatchView({ ctx: outsider, input: { id, page: 1 } })).rejects.toMatchObject({ code: "NOT_FOUND" });

    expect(await act("rdContacts.cancelBatch", { id })).toMatchObject({ ok: true, data: { cancelled: 1 } });
    expect(await batchRows(id)).toEqual([{ status: "cancelled", recipient: "+5511922220001" }]);
    const view = await contactBatchView({ ctx, input: { id, page: 1 } });
    expect(view).toMatchObject({ status: "cancelled", progress: { cancelled: 1, pending: 0 } });
    expect(await act("rdContacts.cancelBatch", { id })).toMatchObject({ ok: false, error: "Este lote já foi cancelado." });
    const audits = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, "rd_contact_batch"), eq(auditLog.entityId, String(id))));
    expect(audits.map((a) => a.action).sort()).toEqual(["cancel", "create"]);
    // A cancelled contact is offered again, and a new batch re-queues the same row.
    expect(await names({ name: "cancela lote" })).toEqual(["Cancela Lote Um"]);
  });

  it("is finished once nothing is pending, and “Reenviar falhas” queues the failures again", async () => {
    const a = await insertPerson(t.db, { name: "Falha Lote A" }, [{ phoneTypeId: cel, e164: "+5511933330001", isPrimary: true }]);
    const b = await insertPerson(t.db, { name: "Falha Lote B" }, [{ phoneTypeId: cel, e164: "+5511933330002", isPrimary: true }]);
    const started = await act("rdContacts.startBatch", { selection: "ids", filters: filters(), personIds: [a.id, b.id] });
    const id = (started as { data: { id: number } }).data.id;
    expect(await act("rdContacts.retryFailures", { id })).toMatchObject({ ok: false, error: "Nenhum envio com falha para reenviar neste lote." });
    await setBatchStatus(id, "failed");
    await t.db.execute(sql`update outbox_messages set status = 'sent', provider_message_id = 'rd-a'
      where person_id = ${a.id} and kind = 'rd.contact'`);

    const finished = await contactBatchView({ ctx, input: { id, page: 1 } });
    expect(finished).toMatchObject({ status: "finished", progress: { total: 2, sent: 1, failed: 1, pending: 0 } });
    expect(finished.items.rows.map((r) => [r.name, r.status, r.providerId])).toEqual([["Falha Lote A", "sent", "rd-a"], ["Falha Lote B", "failed", null]]);
    const [stored] = await t.db.select().from(rdContactBatches).where(eq(rdContactBatches.id, id));
    expect(stored!.finishedAt).not.toBeNull();
    const history = await listContactBatches({ ctx, input: { page: 1 } });
    expect(history.rows.find((r) => r.id === id)).toMatchObject({ total: 2, sent: 1, failed: 1, status: "finished" });

    expect(await act("rdContacts.retryFailures", { id })).toMatchObject({ ok: true, data: { requeued: 1 } });
    expect(await contactBatchView({ ctx, input: { id, page: 1 } })).toMatchObject({ status: "running", progress: { pending: 1, sent: 1 } });
    const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.entityId, String(id)), eq(auditLog.action, "retry_failures")));
    expect(audit).toMatchObject({ entity: "rd_contact_batch", userId: ctx.user.id });
  });

  it("stores the contact id in the person's field once the dispatcher delivers it to the provider", async () => {
    await t.db.insert(settings).values({ code: "HR_SILENCIO_ENVIOS", companyId: null, value: { enabled: false, start: "21:00", end: "08:00" } })
      .onConflictDoNothing();
    // Rows queued above (other tests) are not this test's business: only this batch is left ready.
    await t.db.execute(sql`update outbox_messages set status = 'cancelled' where status in ('queued', 'retry_scheduled')`);
    const p = await insertPerson(t.db, { name: "Ponta A Ponta" }, [{ phoneTypeId: cel, e164: "+5511944440001", isPrimary: true }]);
    const started = await executeAction(rdContactActions["rdContacts.startBatch"] as unknown as ActionDef,
      { selection: "ids", filters: filters(), personIds: [p.id] }, { userId: ctx.user.id }, { db: t.db, clock: systemClock });
    const id = (started as { data: { id: number } }).data.id;
    const controller = new AbortController();
    const dispatching = runDispatcher({ db: t.db, clock: systemClock, workerId: "teste-contatos", signal: controller.signal, idleMs: 50 });
    const deadline = Date.now() + 20_000;
    while ((await batchRows(id))[0]!.status !== "sent" && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    controller.abort();
    await dispatching;

    const [stored] = await t.db.select({ value: personAdditionalValues.value }).from(personAdditionalValues)
      .where(and(eq(personAdditionalValues.personId, p.id), eq(personAdditionalValues.fieldId, fieldId)));
    const contact = [...sim.state.contacts.values()].find((c) => c.phone === "+5511944440001");
    expect(contact).toBeDefined();
    expect(stored?.value).toBe(contact!._id);
    expect((await explainContactAbsence({ ctx, input: { personId: p.id, filters: filters() } }))!.reasons[0])
      .toBe(`Já enviada: o ID do contato no RD Conversas é ${contact!._id} (campo adicional ${RD_FIELD_CODE}).`);
    expect(await contactBatchView({ ctx, input: { id, page: 1 } })).toMatchObject({ status: "finished", progress: { sent: 1 } });
  });

  it("refuses to send while the module is not configured", async () => {
    await t.db.delete(settings).where(eq(settings.code, "DS_LST_CONFIG_RDCONVERSAS"));
    expect(await act("rdContacts.startBatch", { selection: "all", filters: filters() })).toMatchObject({
      ok: false, code: "CONFLICT", error: "Configure o parâmetro DS_LST_CONFIG_RDCONVERSAS em INTFM037 antes de enviar contatos.",
    });
    expect((await candidates()).send).toBeNull();
  });
});
