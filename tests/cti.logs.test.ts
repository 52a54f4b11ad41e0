import { describe, expect, it } from "vitest";
import { ctiCalls, ctiUsageLog } from "../db/schema";
import { listCtiCalls } from "../lib/cti/logs/list-calls";
import { listCtiUsageLog } from "../lib/cti/logs/list-usage-log";
import { ctiLogFiltersOf, ctiLogSearchParamsSchema } from "../lib/cti/logs/schemas";
import { makeCtx } from "./support/fixtures";
import { useTestDb } from "./support/test-db";

const t = useTestDb();

async function scenario() {
  const admin = await makeCtx(t.db, "admin");
  const ana = await makeCtx(t.db, "operator");
  const bia = await makeCtx(t.db, "operator");
  await t.db.insert(ctiUsageLog).values([
    { userId: ana.user.id, at: new Date("2026-11-20T12:00:00Z"), kind: 1, extension: "2001" },
    { userId: ana.user.id, at: new Date("2026-11-21T02:30:00Z"), kind: 2, extension: "2001", justification: "Almoço" },
    { userId: bia.user.id, at: new Date("2026-11-21T13:00:00Z"), kind: 2, extension: "2002", automatic: true },
  ]);
  const tag = `${ana.user.id}-`;
  await t.db.insert(ctiCalls).values([
    { callId: `${tag}1`, extension: "2001", userId: ana.user.id, phone: "+5511987654321", direction: "inbound",
      startedAt: new Date("2026-11-20T13:00:00Z"), answeredAt: new Date("2026-11-20T13:00:05Z") },
    { callId: `${tag}2`, extension: "2001", userId: ana.user.id, phone: "+5511912345678", direction: "inbound", startedAt: new Date("2026-11-20T14:00:00Z") },
    { callId: `${tag}3`, extension: "2002", userId: bia.user.id, phone: "+551133334444", direction: "outbound", startedAt: new Date("2026-11-21T14:00:00Z") },
  ]);
  return { admin, ana, bia };
}

const filters = (params: Record<string, string>) => ctiLogFiltersOf(ctiLogSearchParamsSchema.parse(params));

describe("CTI usage history and call log", () => {
  it("an operator sees only their own rows, even when asking for another user's", async () => {
    const { ana, bia } = await scenario();
    const usage = await listCtiUsageLog({ ctx: ana, input: filters({ usuario: String(bia.user.id) }) });
    expect(usage.rows.map((r) => [r.kind, r.justification])).toEqual([[2, "Almoço"], [1, null]]);
    expect(usage.total).toBe(2);
    const calls = await listCtiCalls({ ctx: bia, input: filters({ usuario: String(ana.user.id) }) });
    expect(calls.rows.map((r) => r.extension)).toEqual(["2002"]);
  });

  it("an admin sees everyone's rows, or one user's with the filter", async () => {
    const { admin, ana, bia } = await scenario();
    const all = await listCtiUsageLog({ ctx: admin, input: filters({}) });
    expect(all.total).toBeGreaterThanOrEqual(3);
    const onlyBia = await listCtiUsageLog({ ctx: admin, input: filters({ usuario: String(bia.user.id) }) });
    expect(onlyBia.rows).toHaveLength(1);
    expect(onlyBia.rows[0]).toMatchObject({ kind: 2, automatic: true, extension: "2002" });
    const anaCalls = await listCtiCalls({ ctx: admin, input: filters({ usuario: String(ana.user.id) }) });
    expect(anaCalls.rows.map((r) => r.phone)).toEqual(["+5511912345678", "+5511987654321"]);
  });

  it("the unanswered view lists only calls nobody answered", async () => {
    const { ana } = await scenario();
    const unanswered = await listCtiCalls({ ctx: ana, input: filters({ nao_atendidas: "1" }) });
    expect(unanswered.rows.map((r) => r.phone)).toEqual(["+5511912345678"]);
    expect(unanswered.total).toBe(1);
  });

  it("the date range uses São Paulo calendar days, inclusive", async () => {
    const { ana } = await scenario();
    // 2026-11-21T02:30Z is still the 20th in São Paulo.
    const day20 = await listCtiUsageLog({ ctx: ana, input: filters({ de: "2026-11-20", ate: "2026-11-20" }) });
    expect(day20.rows.map((r) => r.kind)).toEqual([2, 1]);
    const day21 = await listCtiUsageLog({ ctx: ana, input: filters({ de: "2026-11-21" }) });
    expect(day21.total).toBe(0);
  });

  it("drops malformed filters instead of failing", () => {
    expect(filters({ usuario: "abc", de: "20/11/2026", nao_atendidas: "sim", page: "-3" }))
      .toEqual({ userId: undefined, from: undefined, to: undefined, unansweredOnly: false, page: 1 });
  });
});
