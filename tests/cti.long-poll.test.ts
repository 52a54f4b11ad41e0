import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ctiSessions } from "../db/schema";
import { systemClock } from "../lib/core/clock";
import { loadContext, type Ctx } from "../lib/core/ctx";
import { CTI_LISTEN_APP_NAME, createListenHub, type ListenHub } from "../lib/cti/events/listen-hub";
import { pollCtiEvents } from "../lib/cti/events/read-events";
import { storeCtiEvent } from "../lib/cti/events/store-event";
import { makeCompany, makeUser } from "./support/fixtures";
import { useTestDb } from "./support/test-db";

const t = useTestDb();
let hub: ListenHub;
let extensionCounter = 7000;

beforeAll(() => { hub = createListenHub(t.url); });
afterAll(async () => { await hub.close(); });

/** An operator with a live CTI session on a fresh extension, started now. */
async function loggedOn(companyId: number, extension = String(++extensionCounter)): Promise<Ctx & { extension: string }> {
  const user = await makeUser(t.db, "operator", [companyId]);
  await t.db.insert(ctiSessions).values({ userId: user.id, extension, agentLogin: `ag${user.id}`, groupId: "1", status: "ready", startedAt: new Date() });
  return Object.assign(await loadContext(t.db, user.id, systemClock), { extension });
}

const ring = (extension: string, callId: string) =>
  storeCtiEvent(t.db, { extension, type: "Ringing", callId, payload: { ANI: "11987654321", callType: "inbound" } });

describe("CTI long-poll", () => {
  let companyId: number;
  beforeAll(async () => { companyId = (await makeCompany(t.db)).id; });

  it("resumes after a given sequence without losing or repeating events, and marks the browser alive", async () => {
    const ctx = await loggedOn(companyId);
    await t.db.update(ctiSessions).set({ lastSeenAt: new Date("2026-01-01T00:00:00Z") }).where(eq(ctiSessions.userId, ctx.user.id));
    for (const id of ["c1", "c2", "c3"]) await ring(ctx.extension, id);

    const first = await pollCtiEvents({ ctx, input: { after: 0 } }, { hub });
    expect(first.events.map((e) => [e.seq, e.callId])).toEqual([[1, "c1"], [2, "c2"], [3, "c3"]]);
    expect(first.last).toBe(3);
    const [session] = await t.db.select().from(ctiSessions).where(eq(ctiSessions.userId, ctx.user.id));
    expect(session!.lastSeenAt.getTime()).toBeGreaterThan(Date.now() - 60_000);

    // The connection dropped here; two events arrived meanwhile.
    await ring(ctx.extension, "c4");
    await ring(ctx.extension, "c5");
    const resumed = await pollCtiEvents({ ctx, input: { after: first.last } }, { hub });
    expect(resumed.events.map((e) => e.callId)).toEqual(["c4", "c5"]);
    expect(resumed.last).toBe(5);

    const quiet = await pollCtiEvents({ ctx, input: { after: resumed.last } }, { hub, waitMs: 150 });
    expect(quiet).toMatchObject({ events: [], last: 5 });
  });

  it("a waiting poll answers promptly once an event is notified", async () => {
    const ctx = await loggedOn(companyId);
    const started = Date.now();
    const poll = pollCtiEvents({ ctx, input: { after: 0 } }, { hub });
    setTimeout(() => { void ring(ctx.extension, "late"); }, 100);
    const result = await poll;
    expect(Date.now() - started).toBeLessThan(1000);
    expect(result.events.map((e) => e.callId)).toEqual(["late"]);
  });

  it("an aborted request stops waiting at once", async () => {
    const ctx = await loggedOn(companyId);
    const controller = new AbortController();
    const started = Date.now();
    const poll = pollCtiEvents({ ctx, input: { after: 0 } }, { hub, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect((await poll).events).toEqual([]);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("events reach only the user logged on that extension, and never from before their session", async () => {
    const other = await loggedOn(companyId);
    const ctx = await loggedOn(companyId);
    await ring(other.extension, "not-mine");
    expect((await pollCtiEvents({ ctx, input: { after: 0 } }, { hub, waitMs: 150 })).events).toEqual([]);

    // The previous user's calls on an extension stay theirs after someone else logs on it.
    const extension = String(++extensionCounter);
    await ring(extension, "before");
    await new Promise((r) => setTimeout(r, 20));
    const newcomer = await loggedOn(companyId, extension);
    await ring(extension, "after");
    expect((await pollCtiEvents({ ctx: newcomer, input: { after: 0 } }, { hub })).events.map((e) => e.callId)).toEqual(["after"]);
  });

  it("without a live session the poll is refused", async () => {
    const user = await makeUser(t.db, "operator", [companyId]);
    const ctx = await loadContext(t.db, user.id, systemClock);
    await expect(pollCtiEvents({ ctx, input: { after: 0 } }, { hub })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("50 concurrent waiters share one LISTEN connection and each gets only its own event", async () => {
    const ctxs = await Promise.all(Array.from({ length: 50 }, () => loggedOn(companyId)));
    const polls = ctxs.map((ctx) => pollCtiEvents({ ctx, input: { after: 0 } }, { hub }));
    await expect.poll(() => hub.stats().waiting, { timeout: 5000 }).toBe(50);
    const started = Date.now();
    await Promise.all(ctxs.map((ctx) => ring(ctx.extension, `call-${ctx.extension}`)));
    const results = await Promise.all(polls);
    expect(Date.now() - started).toBeLessThan(2000);
    results.forEach((result, i) => expect(result.events.map((e) => e.callId)).toEqual([`call-${ctxs[i]!.extension}`]));
    expect(hub.stats().connects).toBe(1);
    const listening = await t.db.execute<{ n: number }>(
      sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and application_name = ${CTI_LISTEN_APP_NAME}`,
    );
    expect(listening.rows[0]!.n).toBe(1);
  });

  it("a lost LISTEN connection wakes the waiters and the next poll reconnects", async () => {
    const ctx = await loggedOn(companyId);
    const poll = pollCtiEvents({ ctx, input: { after: 0 } }, { hub });
    await expect.poll(() => hub.stats().waiting, { timeout: 5000 }).toBe(1);
    await t.db.execute(sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and application_name = ${CTI_LISTEN_APP_NAME}`);
    expect((await poll).events).toEqual([]);
    const next = pollCtiEvents({ ctx, input: { after: 0 } }, { hub });
    await expect.poll(() => hub.stats().waiting, { timeout: 5000 }).toBe(1);
    await ring(ctx.extension, "after-reconnect");
    expect((await next).events.map((e) => e.callId)).toEqual(["after-reconnect"]);
    expect(hub.stats().connects).toBe(2);
  });
});
