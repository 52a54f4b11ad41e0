import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { auditLog, outboxAttempts, outboxMessages, people, rateLimitUsage, settings } from "../db/schema";
import { fixedClock } from "../lib/core/clock";
import { loadContext } from "../lib/core/ctx";
import { accountAdapter } from "../lib/messaging/account-adapter";
import { cancelMessage } from "../lib/messaging/cancel-message";
import { claimBatch } from "../lib/messaging/claim-batch";
import { dispatchBatch, type DispatchOptions } from "../lib/messaging/dispatch-batch";
import { enqueueMessages } from "../lib/messaging/enqueue-messages";
import { registerMessageKind } from "../lib/messaging/kinds";
import { markInFlight } from "../lib/messaging/mark-in-flight";
import { recoverExpiredLeases } from "../lib/messaging/recover-expired-leases";
import { releaseHeld } from "../lib/messaging/release-held";
import { retryMessage } from "../lib/messaging/retry-message";
import { createRdSimulatorState } from "../lib/providers/rdconversas/simulator";
import { startRdSimulatorServer } from "../lib/providers/rdconversas/simulator-server";
import type { ProviderAdapter, SendResult } from "../lib/providers/types";
import { makeCompany, makeUser } from "./support/fixtures";
import { makeAccount, orderSentMessages, phoneOf } from "./support/messaging-fixtures";
import { useTestDb } from "./support/test-db";

process.env.APP_SECRET = "chave-de-teste-mensageria";
const t = useTestDb();
const NOON_SP = "2026-11-23T15:00:00Z";
const quiet = { enabled: true, start: "21:00", end: "08:00" };

/** A provider that accepts everything and remembers who it was asked to reach and when (by the injected clock). */
function fakeProvider(clock: { now(): Date }, answer: (to: string) => SendResult = (to) => ({ ok: true, providerId: `id-${to}` })) {
  const calls: { to: string; at: Date }[] = [];
  const send = async ({ to }: { to: string }) => {
    calls.push({ to, at: clock.now() });
    return answer(to);
  };
  const adapter = { sendTemplate: send, createContact: ({ phone }: { phone: string }) => send({ to: phone }) } as unknown as ProviderAdapter;
  return { calls, adapterFor: () => adapter };
}

const statusCounts = async (accountId: number) => {
  const rows = await t.db.select({ status: outboxMessages.status, n: sql<number>`count(*)::int` }).from(outboxMessages)
    .where(eq(outboxMessages.accountId, accountId)).groupBy(outboxMessages.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
};

let company: { id: number };
// Each test starts with an empty queue: leftovers of another test must not be sent by this one's dispatcher.
beforeEach(() => t.db.execute(sql`update outbox_messages set status = 'cancelled' where status in ('queued', 'retry_scheduled')`));
let simulator: Awaited<ReturnType<typeof startRdSimulatorServer>>;
beforeAll(async () => {
  company = await makeCompany(t.db, "Empresa Mensageria");
  simulator = await startRdSimulatorServer({ state: createRdSimulatorState({ holdMs: 1_500 }) });
});
afterAll(() => simulator?.close());

describe("enqueue", () => {
  it("inserts each idempotency key once, however often a producer runs", async () => {
    const account = await makeAccount(t.db, "http://127.0.0.1:9");
    const clock = fixedClock(NOON_SP);
    const batch = orderSentMessages(3, { companyId: company.id, accountId: account.id, prefix: "idem" });
    expect(await enqueueMessages({ db: t.db, clock, messages: [...batch, batch[0]!] })).toBe(3);
    expect(await enqueueMessages({ db: t.db, clock, messages: batch })).toBe(0);
    const rows = await t.db.select().from(outboxMessages).where(eq(outboxMessages.accountId, account.id));
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.status === "queued" && r.notBefore?.toISOString() === new Date(NOON_SP).toISOString())).toBe(true);
  });

  it("holds messages until the send-queue process releases their company", async () => {
    const account = await makeAccount(t.db, "http://127.0.0.1:9");
    const other = await makeCompany(t.db, "Outra");
    const clock = fixedClock(NOON_SP);
    await enqueueMessages({ db: t.db, clock, hold: true, messages: [
      ...orderSentMessages(2, { companyId: company.id, accountId: account.id, prefix: "held-a" }),
      ...orderSentMessages(1, { companyId: other.id, accountId: account.id, prefix: "held-b" }),
    ] });
    const { adapterFor, calls } = fakeProvider(clock);
    await dispatchBatch({ db: t.db, clock, workerId: "w", adapterFor });
    expect(calls).toHaveLength(0);
    clock.advance(60_000);
    expect(await releaseHeld({ db: t.db, clock, companyIds: [company.id] })).toBe(2);
    await dispatchBatch({ db: t.db, clock, workerId: "w", adapterFor });
    expect(calls).toHaveLength(2);
    expect(await statusCounts(account.id)).toEqual({ sent: 2, held: 1 });
  });
});

describe("checks at dispatch", () => {
  it("cancels a message to a person who opted out of WhatsApp, without calling the provider", async () => {
    const account = await makeAccount(t.db, "http://127.0.0.1:9");
    const [person] = await t.db.insert(people).values({ kind: "natural", name: "Não Quer", optOutWhatsapp: true }).returning();
    const clock = fixedClock(NOON_SP);
    const [message] = orderSentMessages(1, { companyId: company.id, accountId: account.id, prefix: "optout" });
    await enqueueMessages({ db: t.db, clock, messages: [{ ...message!, personId: person!.id }] });
    const { adapterFor, calls } = fakeProvider(clock);
    expect(await dispatchBatch({ db: t.db, clock, workerId: "w", adapterFor })).toMatchObject({ cancelled: 1, sent: 0 });
    const [row] = await t.db.select().from(outboxMessages).where(eq(outboxMessages.accountId, account.id));
    expect(row).toMatchObject({ status: "cancelled", statusReason: "Pessoa optou por não receber", attempts: 0 });
    expect(calls).toHaveLength(0);
    expect(await t.db.select().from(outboxAttempts).where(eq(outboxAttempts.messageId, row!.id))).toHaveLength(0);
  });

  it("keeps messages waiting through quiet hours and sends them at the end of the period", async () => {
    const account = await makeAccount(t.db, "http://127.0.0.1:9");
    const clock = fixedClock("2026-11-24T01:30:00Z"); // 22:30 in São Paulo
    await enqueueMessages({ db: t.db, clock, messages: orderSentMessages(2, { companyId: company.id, accountId: account.id, prefix: "quiet" }) });
    const { adapterFor, calls } = fakeProvider(clock);
    expect(await dispatchBatch({ db: t.db, clock, workerId: "w", adapterFor })).toMatchObject({ deferred: 2, sent: 0 });
    const rows = await t.db.select().from(outboxMessages).where(eq(outboxMessages.accountId, account.id));
    expect(rows.map((r) => [r.status, r.notBefore?.toISOString(), r.statusReason])).toEqual(Array(2).fill(
      ["queued", "2026-11-24T11:00:00.000Z", "Horário de silêncio (21:00–08:00): aguardando até 08:00."]));
    clock.set("2026-11-24T10:59:00Z");
    await dispatchBatch({ db: t.db, clock, workerId: "w", adapterFor });
    expect(calls).toHaveLength(0);
    clock.set("2026-11-24T11:00:00Z");
    expect(await dispatchBatch({ db: t.db, clock, workerId: "w", adapterFor })).toMatchObject({ sent: 2 });
    expect(await statusCounts(account.id)).toEqual({ sent: 2 });
  });

  it("follows a quiet-hours parameter turned off by the admin", async () => {
    await t.db.insert(settings).values({ code: "HR_SILENCIO_ENVIOS", companyId: null, value: { ...quiet, enabled: false } });
    try {
      const account = await makeAccount(t.db, "http://127.0.0.1:9");
      const clock = fixedClock("2026-11-24T01:30:00Z");
      await enqueueMessages({ db: t.db, clock, messages: orderSentMessages(1, { companyId: company.id, accountId: account.id, prefix: "noquiet" }) });
      expect(await dispatchBatch({ db: t.db, clock, workerId: "w", adapterFor: fakeProvider(clock).adapterFor })).toMatchObject({ sent: 1 });
    } finally {
      await t.db.delete(settings).where(eq(settings.code, "HR_SILENCIO_ENVIOS"));
    }
  });

  it("sends nothing for an inactive account and caps a claim at the account's per-batch limit", async () => {
    const inactive = await makeAccount(t.db, "http://127.0.0.1:9", { active: false });
    const capped = await makeAccount(t.db, "http://127.0.0.1:9", { limitPerBatch: 3 });
    const clock = fixedClock(NOON_SP);
    await enqueueMessages({ db: t.db, clock, messages: [
      ...orderSentMessages(4, { companyId: company.id, accountId: inactive.id, prefix: "inactive" }),
      ...orderSentMessages(5, { companyId: company.id, accountId: capped.id, prefix: "capped" }),
    ] });
    const { adapterFor, calls } = fakeProvider(clock);
    await dispatchBatch({ db: t.db, clock, workerId: "w", adapterFor });
    expect(calls).toHaveLength(3);
    expect(await statusCounts(inactive.id)).toEqual({ queued: 4 });
    expect(await statusCounts(capped.id)).toEqual({ sent: 3, queued: 2 });
  });
});

describe("rate limits", () => {
  it("never passes the per-second and per-day limits with two dispatchers racing", async () => {
    const account = await makeAccount(t.db, "http://127.0.0.1:9", { limitPerSecond: 7, limitPerDay: 40 });
    const clock = fixedClock("2026-11-23T15:00:00.100Z");
    await enqueueMessages({ db: t.db, clock, messages: orderSentMessages(60, { companyId: company.id, accountId: account.id, prefix: "rate" }) });
    const { adapterFor, calls } = fakeProvider(clock);
    const options: Omit<DispatchOptions, "workerId"> = { db: t.db, clock, adapterFor, batchSize: 5, concurrency: 4 };
    for (let second = 0; second < 12; second++) {
      for (let round = 0; round < 3; round++) {
        await Promise.all([dispatchBatch({ ...options, workerId: "a" }), dispatchBatch({ ...options, workerId: "b" })]);
      }
      clock.advance(1_000);
    }
    const perSecond = new Map<number, number>();
    for (const call of calls) perSecond.set(Math.floor(call.at.getTime() / 1000), (perSecond.get(Math.floor(call.at.getTime() / 1000)) ?? 0) + 1);
    expect(Math.max(...perSecond.values())).toBe(7);
    expect(calls).toHaveLength(40);
    expect(await statusCounts(account.id)).toEqual({ sent: 40, queued: 20 });
    // Rows the limiter turned away went back untouched: no attempt counted or recorded.
    const waiting = await t.db.select().from(outboxMessages).where(and(eq(outboxMessages.accountId, account.id), eq(outboxMessages.status, "queued")));
    expect(waiting.every((m) => m.attempts === 0 && m.leaseOwner === null)).toBe(true);
    const [{ n }] = await t.db.select({ n: sql<number>`count(*)::int` }).from(outboxAttempts)
      .innerJoin(outboxMessages, eq(outboxMessages.id, outboxAttempts.messageId)).where(eq(outboxMessages.accountId, account.id)) as [{ n: number }];
    expect(n).toBe(40);
    const usage = await t.db.select().from(rateLimitUsage).where(eq(rateLimitUsage.accountId, account.id));
    expect(usage.filter((u) => u.window === "day")).toMatchObject([{ used: 40 }]);

    clock.set("2026-11-24T11:00:00Z"); // next São Paulo day, after quiet hours
    for (let second = 0; second < 4; second++) {
      await Promise.all([dispatchBatch({ ...options, workerId: "a" }), dispatchBatch({ ...options, workerId: "b" })]);
      clock.advance(1_000);
    }
    expect(await statusCounts(account.id)).toEqual({ sent: 60 });
  });
});

describe("expired leases", () => {
  it("sends to review a message whose call may have left, and re-queues one whose call never started", async () => {
    const account = await makeAccount(t.db, "http://127.0.0.1:9");
    const clock = fixedClock(NOON_SP);
    await enqueueMessages({ db: t.db, clock, messages: orderSentMessages(2, { companyId: company.id, accountId: account.id, prefix: "lease" }) });
    // A worker claims both, starts the first call, then dies.
    const { claims } = await claimBatch({ db: t.db, now: clock.now(), workerId: "dead", limit: 10, leaseMs: 60_000, quiet });
    const mine = claims.filter((c) => c.accountId === account.id);
    expect(mine).toHaveLength(2);
    await markInFlight({ db: t.db, now: clock.now(), attemptIds: [mine[0]!.attemptId] });

    clock.advance(59_000);
    expect(await recoverExpiredLeases({ db: t.db, clock })).toEqual({ needsReview: 0, requeued: 0 });
    clock.advance(2_000);
    expect(await recoverExpiredLeases({ db: t.db, clock })).toEqual({ needsReview: 1, requeued: 1 });
    const byId = async (id: number) => (await t.db.select().from(outboxMessages).where(eq(outboxMessages.id, id)))[0]!;
    expect(await byId(mine[0]!.id)).toMatchObject({ status: "needs_review", statusReason: expect.stringContaining("Verifique antes de reenviar") });
    expect(await byId(mine[1]!.id)).toMatchObject({ status: "queued" });
    const attempts = await t.db.select().from(outboxAttempts).where(eq(outboxAttempts.messageId, mine[0]!.id));
    expect(attempts).toMatchObject([{ outcome: "unknown", worker: "dead" }]);
  });
});

describe("admin retry and cancel", () => {
  it("re-sends a failed message as a new attempt credited to the admin, and audits it", async () => {
    const account = await makeAccount(t.db, "http://127.0.0.1:9");
    const admin = await makeUser(t.db, "admin", [company.id]);
    const clock = fixedClock(NOON_SP);
    const ctx = await loadContext(t.db, admin.id, clock);
    await enqueueMessages({ db: t.db, clock, messages: orderSentMessages(1, { companyId: company.id, accountId: account.id, prefix: "retry" }) });
    const refuse = fakeProvider(clock, () => ({ ok: false, code: "308", retryable: false, message: "Template inválido ou não aprovado no RD Conversas" }));
    await dispatchBatch({ db: t.db, clock, workerId: "w", adapterFor: refuse.adapterFor });
    const [failed] = await t.db.select().from(outboxMessages).where(eq(outboxMessages.accountId, account.id));
    expect(failed).toMatchObject({ status: "failed", lastErrorCode: "308" });

    await expect(cancelMessage({ ctx, input: { id: failed!.id } })).rejects.toMatchObject({ code: "CONFLICT" });
    await retryMessage({ ctx, input: { id: failed!.id } });
    await expect(retryMessage({ ctx, input: { id: failed!.id } })).rejects.toMatchObject({ code: "CONFLICT" });
    await dispatchBatch({ db: t.db, clock, workerId: "w", adapterFor: fakeProvider(clock).adapterFor });
    const [sent] = await t.db.select().from(outboxMessages).where(eq(outboxMessages.id, failed!.id));
    expect(sent).toMatchObject({ status: "sent", attempts: 2, retryRequestedBy: null });
    const attempts = await t.db.select().from(outboxAttempts).where(eq(outboxAttempts.messageId, failed!.id)).orderBy(outboxAttempts.attemptNo);
    expect(attempts.map((a) => [a.attemptNo, a.outcome, a.requestedBy])).toEqual([[1, "permanent", null], [2, "sent", admin.id]]);
    const audits = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, "outbox_message"), eq(auditLog.entityId, String(failed!.id))));
    expect(audits).toMatchObject([{ action: "retry", userId: admin.id, companyId: company.id }]);
  });

  it("cancels a queued message, audited, and refuses admins of another company", async () => {
    const account = await makeAccount(t.db, "http://127.0.0.1:9");
    const clock = fixedClock(NOON_SP);
    const outsider = await loadContext(t.db, (await makeUser(t.db, "admin", [(await makeCompany(t.db)).id])).id, clock);
    const ctx = await loadContext(t.db, (await makeUser(t.db, "admin", [company.id])).id, clock);
    await enqueueMessages({ db: t.db, clock, messages: orderSentMessages(1, { companyId: company.id, accountId: account.id, prefix: "cancel" }) });
    const [queued] = await t.db.select().from(outboxMessages).where(eq(outboxMessages.accountId, account.id));
    await expect(cancelMessage({ ctx: outsider, input: { id: queued!.id } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(cancelMessage({ ctx, input: { id: 987_654_321 } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await cancelMessage({ ctx, input: { id: queued!.id } })).toEqual({ id: queued!.id, status: "cancelled" });
    const { adapterFor, calls } = fakeProvider(clock);
    await dispatchBatch({ db: t.db, clock, workerId: "w", adapterFor });
    expect(calls.filter((c) => c.to === queued!.recipient)).toHaveLength(0);
    const audits = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, "outbox_message"), eq(auditLog.entityId, String(queued!.id))));
    expect(audits).toMatchObject([{ action: "cancel", before: { status: "queued" }, after: { status: "cancelled" } }]);
  });
});

describe("completion hook", () => {
  it("runs in the transaction that marks the message sent, with the provider id", async () => {
    registerMessageKind({
      kind: "test.crm-link", channel: "whatsapp",
      send: (adapter, message) => adapter.sendTemplate({ to: message.recipient, templateId: "t", variables: [] }),
      onSent: async (tx, message, result) => {
        await tx.update(people).set({ crmCode: result.providerId }).where(eq(people.id, message.personId!));
      },
    });
    const account = await makeAccount(t.db, "http://127.0.0.1:9");
    const [person] = await t.db.insert(people).values({ kind: "natural", name: "Com Gancho" }).returning();
    const clock = fixedClock(NOON_SP);
    await enqueueMessages({ db: t.db, clock, messages: [{
      companyId: company.id, accountId: account.id, kind: "test.crm-link", recipient: phoneOf(777), personId: person!.id,
      payload: {}, producer: "teste", idempotencyKey: "hook:1",
    }] });
    await dispatchBatch({ db: t.db, clock, workerId: "w", adapterFor: fakeProvider(clock).adapterFor });
    const [after] = await t.db.select().from(people).where(eq(people.id, person!.id));
    expect(after!.crmCode).toBe(`id-${phoneOf(777)}`);
  });
});

describe("against the RD Conversas simulator", () => {
  const adapterFor: DispatchOptions["adapterFor"] = (account) => accountAdapter(account, { timeoutMs: 400 });

  it("ends an invalid token in a visible permanent failure carrying the provider's 401", async () => {
    const account = await makeAccount(t.db, simulator.baseUrl, { token: "token-revogado" });
    const clock = fixedClock(NOON_SP);
    await enqueueMessages({ db: t.db, clock, messages: orderSentMessages(2, { companyId: company.id, accountId: account.id, prefix: "401" }) });
    await dispatchBatch({ db: t.db, clock, workerId: "w", adapterFor });
    const rows = await t.db.select().from(outboxMessages).where(eq(outboxMessages.accountId, account.id));
    expect(rows.map((r) => [r.status, r.lastErrorCode, r.lastErrorMessage, r.attempts])).toEqual(
      Array(2).fill(["failed", "401", "Token do RD Conversas inválido", 1]));
    const attempts = await t.db.select().from(outboxAttempts).where(eq(outboxAttempts.messageId, rows[0]!.id));
    expect(attempts).toMatchObject([{ outcome: "permanent", httpStatus: 401, providerCode: "401", response: { code: 401 } }]);
  });

  it("delivers every message exactly once through 5xx, 429 and timeouts, recording each attempt", async () => {
    const account = await makeAccount(t.db, simulator.baseUrl);
    const clock = fixedClock(NOON_SP);
    const messages = orderSentMessages(300, { companyId: company.id, accountId: account.id, prefix: "faults", from: 10_000 });
    await enqueueMessages({ db: t.db, clock, messages });
    expect(simulator.state.setFaults({ share5xx: 0.3, share429: 0.1, shareTimeout: 0.04, retryAfterSeconds: 2 })).toMatchObject({ ok: true });
    const policy = { maxAttempts: 25, baseDelayMs: 1_000, maxDelayMs: 20_000 };
    try {
      for (let round = 0; round < 200; round++) {
        const report = await dispatchBatch({ db: t.db, clock, workerId: "w", adapterFor, policy, batchSize: 100, concurrency: 16 });
        if (report.claimed === 0) {
          const counts = await statusCounts(account.id);
          if (counts.sent === 300) break;
          clock.advance(20_000);
        }
      }
    } finally {
      simulator.state.setFaults({ share5xx: 0, share429: 0, shareTimeout: 0 });
    }
    expect(await statusCounts(account.id)).toEqual({ sent: 300 });
    for (const m of messages) {
      const [templateId, variables] = [m.payload.templateId as string, m.payload.variables as string[]];
      expect(simulator.state.deliveryCount(m.recipient, templateId, variables), m.recipient).toBe(1);
    }
    const attempts = await t.db.select().from(outboxAttempts)
      .innerJoin(outboxMessages, eq(outboxMessages.id, outboxAttempts.messageId)).where(eq(outboxMessages.accountId, account.id));
    const outcomes = attempts.map((a) => `${a.outbox_attempts.outcome}:${a.outbox_attempts.providerCode ?? a.outbox_attempts.httpStatus}`);
    expect(outcomes.filter((o) => o === "sent:201")).toHaveLength(300);
    for (const kind of ["transient:http_5xx", "transient:429", "transient:timeout"]) expect(outcomes, kind).toContain(kind);
    expect(outcomes.every((o) => ["sent:201", "transient:http_5xx", "transient:429", "transient:timeout"].includes(o)), outcomes.join()).toBe(true);
    const rows = await t.db.select().from(outboxMessages).where(eq(outboxMessages.accountId, account.id));
    const perMessage = new Map<number, number>();
    for (const a of attempts) perMessage.set(a.outbox_attempts.messageId, (perMessage.get(a.outbox_attempts.messageId) ?? 0) + 1);
    expect(rows.every((r) => perMessage.get(r.id) === r.attempts && r.providerMessageId)).toBe(true);
    expect(rows.some((r) => r.attempts > 1)).toBe(true);
  });
});
