import { describe, expect, it } from "vitest";
import { applyEvents, EMPTY_MEMORY, readMemory, writeMemory, type CallMemory } from "@/lib/cti/client/call-memory";
import { pollRetryDelay } from "@/lib/cti/client/poll-backoff";
import { flashTitle } from "@/lib/cti/client/title-flash";
import type { CtiEventView, CtiOperationView } from "@/lib/cti/client/types";
import { operationTarget, visibleOperations } from "@/lib/cti/client/visible-operations";

const event = (seq: number, type: string, callId: string | null, payload: Record<string, string> = {}): CtiEventView =>
  ({ seq, type, callId, payload, receivedAt: "2024-05-25T12:00:00Z" });
const ring = (seq: number, callId: string, ani = "11987654321") =>
  event(seq, "Ringing", callId, { ANI: ani, associatedData: "doc=12345678909", callType: "inbound" });

describe("CTI client call memory", () => {
  it("pops a ringing call and follows it to answered and ended", () => {
    const rung = applyEvents(EMPTY_MEMORY, [ring(1, "c1")], 1);
    expect(rung.rang).toMatchObject({ callId: "c1", ani: "11987654321", associatedData: "doc=12345678909", phase: "ringing" });
    const answered = applyEvents(rung.memory, [event(2, "Answered", "c1")], 2);
    expect(answered.memory.call?.phase).toBe("answered");
    expect(answered.rang).toBeNull();
    const ended = applyEvents(answered.memory, [event(3, "ConnectionCleared", "c1")], 3);
    expect(ended.memory).toMatchObject({ last: 3, call: { phase: "ended" } });
  });

  it("never applies an event twice when a resumed poll repeats old ones", () => {
    const first = applyEvents(EMPTY_MEMORY, [ring(1, "c1"), event(2, "ConnectionCleared", "c1")], 2).memory;
    const again = applyEvents(first, [ring(1, "c1"), event(2, "ConnectionCleared", "c1")], 2);
    expect(again.rang).toBeNull();
    expect(again.memory).toEqual(first);
  });

  it("shows the newest call and ignores events of other calls", () => {
    const { memory, rang } = applyEvents(EMPTY_MEMORY, [ring(1, "old"), ring(2, "new", "1133334444"), event(3, "Answered", "old")], 3);
    expect(rang?.callId).toBe("new");
    expect(memory.call).toMatchObject({ callId: "new", phase: "ringing" });
  });

  it("marks a failed call and keeps agent events out of the call", () => {
    const { memory } = applyEvents(EMPTY_MEMORY, [ring(1, "c1"), event(2, "NotReady", null), event(3, "CallFailure", "c1", { cause: "busy" })], 3);
    expect(memory.call?.phase).toBe("failed");
  });

  it("keeps the cursor when a poll times out empty", () => {
    expect(applyEvents({ last: 7, call: null }, [], 7).memory.last).toBe(7);
  });

  it("survives a reload through storage, per session, and treats garbage as empty", () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    const memory: CallMemory = applyEvents(EMPTY_MEMORY, [ring(5, "c9")], 5).memory;
    writeMemory(storage, 42, memory);
    expect(readMemory(storage, 42)).toEqual(memory);
    expect(readMemory(storage, 43)).toEqual(EMPTY_MEMORY);
    store.set("recado.cti.44", "{not json");
    expect(readMemory(storage, 44)).toEqual(EMPTY_MEMORY);
    store.set("recado.cti.45", JSON.stringify({ last: -1 }));
    expect(readMemory(storage, 45)).toEqual(EMPTY_MEMORY);
  });
});

describe("long-poll retry delay", () => {
  it.each([[0, 1_000], [1, 2_000], [3, 8_000], [5, 30_000], [20, 30_000]])("attempt %i waits %i ms", (attempt, ms) => {
    expect(pollRetryDelay(attempt)).toBe(ms);
  });
});

describe("hidden-tab title flash", () => {
  it("alternates the call alert with the page title", () => {
    expect([0, 1, 2].map((tick) => flashTitle("Pessoas · Recado", "(11) 98765-4321", tick))).toEqual([
      "📞 Chamada de (11) 98765-4321", "Pessoas · Recado", "📞 Chamada de (11) 98765-4321",
    ]);
  });
});

describe("operations offered for the selection", () => {
  const ops = ["new_lead", "new_account", "new_contact", "new_occurrence"].map((code, id): CtiOperationView =>
    ({ id, code, name: code, url: `/crm/${code}`, takesInput: false }));
  it.each([
    [null, null, ["new_lead", "new_account", "new_contact", "new_occurrence"]],
    [1, null, ["new_account", "new_contact", "new_occurrence"]],
    [1, 2, ["new_account", "new_occurrence"]],
  ])("account %s, contact %s", (accountId, contactId, codes) => {
    expect(visibleOperations(ops, { accountId, contactId }).map((o) => o.code)).toEqual(codes);
  });

  it("passes account and contact ids and ERP codes to the URL", () => {
    expect(operationTarget({ id: 10, erpCode: "E10" }, { id: 11, erpCode: null }, "77")).toEqual({
      personId: 10, personErpCode: "E10", contactId: 11, contactErpCode: null, detailCode: "77",
    });
  });
});
