import { describe, expect, it } from "vitest";
import { auditLog } from "../db/schema";
import { changedKeys } from "../lib/audit/changed-keys";
import { auditFiltersOf, auditSearchParamsSchema, type AuditFilters } from "../lib/audit/schemas";
import { listAudit } from "../lib/audit/list-audit";
import { makeCompany, makeCtx, makeUser } from "./support/fixtures";
import { useTestDb } from "./support/test-db";

const t = useTestDb();
let counter = 0;
/** Each test logs under its own entity name, so tests sharing the database do not see each other's entries. */
const uniqueEntity = () => `teste_${++counter}`;

type Entry = { at: string; entity: string; entityId?: string; action?: string; companyId?: number | null; userId?: number };
const log = (entries: Entry[]) => t.db.insert(auditLog).values(entries.map((e) => ({
  at: new Date(e.at), entity: e.entity, entityId: e.entityId ?? "1", action: e.action ?? "update", companyId: e.companyId ?? null, userId: e.userId ?? null,
})));

const list = async (ctx: Awaited<ReturnType<typeof makeCtx>>, filters: Partial<AuditFilters>) =>
  listAudit({ ctx, input: { page: 1, ...filters } });

describe("listAudit", () => {
  it("shows organization-wide entries and those of granted companies only", async () => {
    const ctx = await makeCtx(t.db);
    const foreign = await makeCompany(t.db, "Outra empresa");
    const entity = uniqueEntity();
    await log([
      { at: "2026-11-20T10:00:00Z", entity, entityId: "mine", companyId: ctx.companyId },
      { at: "2026-11-20T11:00:00Z", entity, entityId: "org" },
      { at: "2026-11-20T12:00:00Z", entity, entityId: "foreign", companyId: foreign.id },
    ]);
    const r = await list(ctx, { entity });
    expect(r.rows.map((row) => row.entityId)).toEqual(["org", "mine"]);
    expect(r.total).toBe(2);
    expect((await list(ctx, { entity, companyId: "organization" })).rows.map((row) => row.entityId)).toEqual(["org"]);
    expect((await list(ctx, { entity, companyId: ctx.companyId })).rows.map((row) => row.entityId)).toEqual(["mine"]);
    await expect(list(ctx, { entity, companyId: foreign.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("filters by action, user, entity id text and São Paulo calendar dates", async () => {
    const ctx = await makeCtx(t.db);
    const other = await makeUser(t.db, "admin", [ctx.companyId], { name: "Outra Admin" });
    const entity = uniqueEntity();
    await log([
      // 23:30 on 22/11 in São Paulo, although already the 23rd in UTC.
      { at: "2026-11-23T02:30:00Z", entity, entityId: "PED-1001", action: "create", userId: ctx.user.id },
      { at: "2026-11-23T12:00:00Z", entity, entityId: "PED-2002", action: "update", userId: other.id },
      { at: "2026-11-24T02:59:00Z", entity, entityId: "CLI-3003", action: "delete", userId: ctx.user.id },
    ]);
    const ids = async (filters: Partial<AuditFilters>) => (await list(ctx, { entity, ...filters })).rows.map((r) => r.entityId);
    expect(await ids({ action: "update" })).toEqual(["PED-2002"]);
    expect(await ids({ userId: ctx.user.id })).toEqual(["CLI-3003", "PED-1001"]);
    expect(await ids({ entityId: "ped-" })).toEqual(["PED-2002", "PED-1001"]);
    expect(await ids({ entityId: "%" })).toEqual([]);
    expect(await ids({ to: "2026-11-22" })).toEqual(["PED-1001"]);
    expect(await ids({ from: "2026-11-23", to: "2026-11-23" })).toEqual(["CLI-3003", "PED-2002"]);
    const [row] = (await list(ctx, { entity, action: "update" })).rows;
    expect(row).toMatchObject({ userName: "Outra Admin", companyCode: null, action: "update" });
  });

  it("pages 50 entries at a time, newest first", async () => {
    const ctx = await makeCtx(t.db);
    const entity = uniqueEntity();
    await log(Array.from({ length: 120 }, (_, i) => ({
      at: new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString(), entity, entityId: String(i), companyId: ctx.companyId,
    })));
    const first = await list(ctx, { entity });
    expect(first).toMatchObject({ total: 120, totalCapped: false, pageSize: 50 });
    expect(first.rows).toHaveLength(50);
    expect(first.rows[0]).toMatchObject({ entityId: "119", companyCode: ctx.companies[0]!.code });
    const third = await list(ctx, { entity, page: 3 });
    expect(third.rows.map((r) => r.entityId)).toEqual(Array.from({ length: 20 }, (_, i) => String(19 - i)));
  });
});

describe("audit filters from the query string", () => {
  it.each([
    [{}, { page: 1 }],
    [{ empresa: "org", page: "2" }, { companyId: "organization", page: 2 }],
    [{ empresa: "7", usuario: "3", entidade: "user", acao: "", de: "2026-11-01", ate: "ontem", registro: " 42 " },
      { companyId: 7, userId: 3, entity: "user", from: "2026-11-01", entityId: "42", page: 1 }],
    [{ empresa: "abc", usuario: "-1", page: "zero" }, { page: 1 }],
  ])("reads %j", (params, expected) => {
    const filters = auditFiltersOf(auditSearchParamsSchema.parse(params));
    expect(Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined))).toEqual(expected);
  });
});

describe("changedKeys", () => {
  it.each([
    [{ name: "Ana", role: "operator" }, { name: "Ana", role: "admin" }, ["role"]],
    [{ companyIds: [1, 2] }, { companyIds: [1] }, ["companyIds"]],
    [{ a: 1 }, { b: 1 }, ["a", "b"]],
    [null, { a: 1 }, ["a"]],
    [{ a: { x: 1 } }, { a: { x: 1 } }, []],
  ])("%j → %j changes %j", (before, after, keys) => {
    expect(changedKeys(before, after)).toEqual(keys);
  });
});
