import { asc, eq } from "drizzle-orm";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { ctiCalls, ctiEvents, ctiSessions } from "../db/schema";
import { receiveSoapEvent } from "../lib/cti/events/receive-soap-event";
import { CTI_EVENTS_CHANNEL, storeCtiEvent } from "../lib/cti/events/store-event";
import { buildSoapCall, parseSoapMessage } from "../lib/cti/soap/envelope";
import { EVENT_OPERATIONS } from "../lib/cti/soap/operations";
import { makeCompany, makeUser } from "./support/fixtures";
import { useTestDb } from "./support/test-db";

const t = useTestDb();
let extensionCounter = 0;
const newExtension = () => `9${process.pid % 1000}${++extensionCounter}`;
const ready = (extension: string) => ({ extension, type: "Ready", callId: null, payload: { cDevice: extension, agentID: "ana", groupID: "10" } });
const seqsOf = async (extension: string) =>
  (await t.db.select({ seq: ctiEvents.seq }).from(ctiEvents).where(eq(ctiEvents.extension, extension)).orderBy(asc(ctiEvents.seq))).map((r) => r.seq);

describe("storeCtiEvent", () => {
  it("numbers an extension's events 1, 2, 3 and each extension separately", async () => {
    const [a, b] = [newExtension(), newExtension()];
    expect((await storeCtiEvent(t.db, ready(a))).seq).toBe(1);
    expect((await storeCtiEvent(t.db, ready(a))).seq).toBe(2);
    expect((await storeCtiEvent(t.db, ready(b))).seq).toBe(1);
    expect((await storeCtiEvent(t.db, ready(a))).seq).toBe(3);
    expect(await seqsOf(a)).toEqual([1, 2, 3]);
    expect(await seqsOf(b)).toEqual([1]);
  });

  it("concurrent stores on one extension never collide nor skip a number", async () => {
    const extension = newExtension();
    const results = await Promise.all(Array.from({ length: 30 }, () => storeCtiEvent(t.db, ready(extension))));
    expect(results.map((r) => r.seq).sort((x, y) => x - y)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(await seqsOf(extension)).toHaveLength(30);
  });

  it("notifies `extension:seq` on commit, and nothing when the transaction rolls back", async () => {
    const extension = newExtension();
    const listener = new pg.Client({ connectionString: t.url });
    await listener.connect();
    const heard: string[] = [];
    listener.on("notification", (n) => heard.push(n.payload ?? ""));
    await listener.query(`listen ${CTI_EVENTS_CHANNEL}`);
    await storeCtiEvent(t.db, ready(extension));
    await t.db.transaction(async (tx) => {
      await storeCtiEvent(tx, ready(extension));
      tx.rollback();
    }).catch(() => undefined);
    await storeCtiEvent(t.db, ready(extension));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await listener.end();
    expect(heard.filter((p) => p.startsWith(`${extension}:`))).toEqual([`${extension}:1`, `${extension}:2`]);
  });

  it("keeps the call log: Ringing opens the call for the user logged on the extension, Answered and ConnectionCleared stamp it", async () => {
    const extension = newExtension();
    const company = await makeCompany(t.db);
    const user = await makeUser(t.db, "operator", [company.id]);
    await t.db.insert(ctiSessions).values({ userId: user.id, extension, agentLogin: "ana", groupId: "10", status: "ready" });
    const call = { cDevice: extension, iLinkID: "1", callID: "555001" };
    await storeCtiEvent(t.db, {
      extension, type: "Ringing", callId: "555001",
      payload: { ...call, ANI: "11987654321", DNIS: "4004", associatedData: "crm=12;nome=Ana", callType: "inbound" },
    });
    const [ringing] = await t.db.select().from(ctiCalls).where(eq(ctiCalls.extension, extension));
    expect(ringing).toMatchObject({
      callId: "555001", userId: user.id, direction: "inbound", phone: "11987654321", extraInfo: "crm=12;nome=Ana", answeredAt: null, endedAt: null,
    });
    await storeCtiEvent(t.db, { extension, type: "Answered", callId: "555001", payload: call });
    await storeCtiEvent(t.db, { extension, type: "ConnectionCleared", callId: "555001", payload: call });
    const [ended] = await t.db.select().from(ctiCalls).where(eq(ctiCalls.extension, extension));
    expect(ended!.answeredAt).toBeInstanceOf(Date);
    expect(ended!.endedAt).toBeInstanceOf(Date);
  });

  it("an unanswered outbound call failing is logged as not answered, with no user when nobody is logged on", async () => {
    const extension = newExtension();
    const call = { cDevice: extension, iLinkID: "2", callID: "555002" };
    await storeCtiEvent(t.db, { extension, type: "Ringing", callId: "555002", payload: { ...call, ANI: "1133334444", DNIS: extension, associatedData: "", callType: "outbound" } });
    await storeCtiEvent(t.db, { extension, type: "CallFailure", callId: "555002", payload: { ...call, cause: "busy" } });
    const [row] = await t.db.select().from(ctiCalls).where(eq(ctiCalls.extension, extension));
    expect(row).toMatchObject({ direction: "outbound", userId: null, extraInfo: null, answeredAt: null });
    expect(row!.endedAt).toBeInstanceOf(Date);
  });
});

describe("SmartCTIWSEventing endpoint", () => {
  it("stores a Ringing callback with all its parameters and answers the empty response", async () => {
    const extension = newExtension();
    const params = { cDevice: extension, iLinkID: "3", callID: "777", ANI: "11999990000", DNIS: "4004", associatedData: "doc=12345678909", callType: "inbound" };
    const answer = await receiveSoapEvent(t.db, buildSoapCall("Ringing", EVENT_OPERATIONS.Ringing, params));
    expect(answer.status).toBe(200);
    expect(parseSoapMessage(answer.body)).toEqual({ kind: "call", operation: "RingingResponse", params: {} });
    const [event] = await t.db.select().from(ctiEvents).where(eq(ctiEvents.extension, extension));
    expect(event).toMatchObject({ seq: 1, type: "Ringing", callId: "777", payload: params });
  });

  it.each([
    ["broken XML", "<soapenv:Envelope><soapenv:Body><ns:Ringing>"],
    ["an unknown operation", buildSoapCall("Transfer", ["cDevice"], { cDevice: "EXT" })],
    ["an event without extension", buildSoapCall("Ready", EVENT_OPERATIONS.Ready, { agentID: "ana" })],
  ])("answers a SOAP Fault 400 to %s and stores nothing", async (_, body) => {
    const before = (await t.db.select({ id: ctiEvents.id }).from(ctiEvents)).length;
    const answer = await receiveSoapEvent(t.db, body);
    expect(answer.status).toBe(400);
    expect(parseSoapMessage(answer.body)).toMatchObject({ kind: "fault" });
    expect((await t.db.select({ id: ctiEvents.id }).from(ctiEvents)).length).toBe(before);
  });
});
