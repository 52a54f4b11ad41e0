import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, ctiAgents, ctiOperations } from "../db/schema";
import { executeAction } from "../lib/core/action";
import { fixedClock } from "../lib/core/clock";
import { ctiManagerActions } from "../lib/cti/manager-actions";
import { DEFAULT_CTI_OPERATIONS } from "../lib/cti/manager/default-operations";
import { ensureDefaultOperations } from "../lib/cti/manager/ensure-default-operations";
import { getCtiAgent } from "../lib/cti/manager/get-agent";
import { listCtiOperations } from "../lib/cti/manager/list-operations";
import { makeCtx } from "./support/fixtures";
import { useTestDb } from "./support/test-db";

const t = useTestDb();
const clock = fixedClock("2026-11-23T12:00:00Z");
type Name = keyof typeof ctiManagerActions;
const run = (name: Name, userId: number, input: unknown) =>
  executeAction(ctiManagerActions[name] as Parameters<typeof executeAction>[0], input, { userId }, { db: t.db, clock });

const custom = { code: "abrir_pedido", name: "", url: "https://erp.example.com/pedidos/:detail_code", takesInput: true };

describe("CTI manager: default operations", () => {
  it("creates the 10 built-in operations once, enabled, whatever the number of opens", async () => {
    const ctx = await makeCtx(t.db, "operator");
    await Promise.all([listCtiOperations({ ctx }), listCtiOperations({ ctx }), ensureDefaultOperations({ ctx })]);
    const ops = await listCtiOperations({ ctx });
    expect(ops.map((o) => o.code)).toEqual(DEFAULT_CTI_OPERATIONS.map((o) => o.code));
    expect(ops.every((o) => o.builtIn && o.enabled)).toBe(true);
    expect(ops.find((o) => o.code === "account_detail")).toMatchObject({ name: "Detalhe da conta", url: "/crm/accounts/:detail_code", takesInput: true });
    expect(ops.find((o) => o.code === "new_lead")).toMatchObject({ name: "Novo lead", takesInput: false });
    const audits = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, "cti_operation"), eq(auditLog.userId, ctx.user.id)));
    expect(audits).toHaveLength(10);
  });

  it("built-in operations can be disabled and enabled again but never edited or deleted", async () => {
    const ctx = await makeCtx(t.db, "operator");
    const lead = (await listCtiOperations({ ctx })).find((o) => o.code === "new_lead")!;
    expect(await run("ctiManager.setOperationEnabled", ctx.user.id, { id: lead.id, enabled: false })).toMatchObject({ ok: true, data: { enabled: false } });
    expect((await listCtiOperations({ ctx, input: { enabledOnly: true } })).map((o) => o.code)).not.toContain("new_lead");
    expect(await run("ctiManager.setOperationEnabled", ctx.user.id, { id: lead.id, enabled: true })).toMatchObject({ ok: true, data: { enabled: true } });

    const edit = await run("ctiManager.saveOperation", ctx.user.id, { id: lead.id, code: "new_lead", name: "Lead", url: "/x", takesInput: false });
    expect(edit).toMatchObject({ ok: false, code: "CONFLICT", error: expect.stringContaining("apenas ativada ou desativada") });
    expect(await run("ctiManager.deleteOperation", ctx.user.id, { id: lead.id })).toMatchObject({ ok: false, code: "CONFLICT" });
    const [stored] = await t.db.select().from(ctiOperations).where(eq(ctiOperations.id, lead.id));
    expect(stored).toMatchObject({ name: "Novo lead", url: "/crm/leads/new" });
  });
});

describe("CTI manager: custom operations", () => {
  it("adds one with its name defaulting to the readable code, edits and removes it", async () => {
    const ctx = await makeCtx(t.db, "operator");
    const created = await run("ctiManager.saveOperation", ctx.user.id, custom);
    expect(created).toMatchObject({ ok: true, data: { code: "abrir_pedido", name: "Abrir pedido", builtIn: false, enabled: true } });
    const id = created.ok ? (created.data as { id: number }).id : 0;
    expect((await listCtiOperations({ ctx })).at(-1)).toMatchObject({ id, code: "abrir_pedido" });

    expect(await run("ctiManager.saveOperation", ctx.user.id, { ...custom, id, name: "Pedido no ERP", url: "/crm/tasks/new", takesInput: false }))
      .toMatchObject({ ok: true, data: { name: "Pedido no ERP", url: "/crm/tasks/new", takesInput: false } });
    expect(await run("ctiManager.deleteOperation", ctx.user.id, { id })).toEqual({ ok: true, data: { id } });
    expect(await t.db.select().from(ctiOperations).where(eq(ctiOperations.id, id))).toHaveLength(0);
    const audits = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, "cti_operation"), eq(auditLog.entityId, String(id))));
    expect(audits.map((a) => a.action)).toEqual(["create", "update", "delete"]);
  });

  it("refuses an input operation whose URL lacks :detail_code, a bad code, a bad URL and a duplicate code", async () => {
    const ctx = await makeCtx(t.db, "operator");
    expect(await run("ctiManager.saveOperation", ctx.user.id, { ...custom, url: "https://erp.example.com/pedidos" }))
      .toMatchObject({ ok: false, code: "INVALID", fieldErrors: { url: [expect.stringContaining(":detail_code")] } });
    expect(await run("ctiManager.saveOperation", ctx.user.id, { ...custom, code: "Abrir Pedido" }))
      .toMatchObject({ ok: false, fieldErrors: { code: [expect.stringContaining("letras minúsculas")] } });
    expect(await run("ctiManager.saveOperation", ctx.user.id, { ...custom, url: "erp.example.com/:detail_code" }))
      .toMatchObject({ ok: false, fieldErrors: { url: [expect.stringContaining("http://")] } });
    expect(await run("ctiManager.saveOperation", ctx.user.id, { ...custom, code: "new_lead" }))
      .toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { code: ["Você já tem uma operação com este código."] } });
  });

  it("answers NOT_FOUND for another user's operation, for every change", async () => {
    const owner = await makeCtx(t.db, "operator");
    const other = await makeCtx(t.db, "admin");
    const created = await run("ctiManager.saveOperation", owner.user.id, custom);
    const id = created.ok ? (created.data as { id: number }).id : 0;
    for (const [name, input] of [
      ["ctiManager.saveOperation", { ...custom, id, name: "Sequestro" }],
      ["ctiManager.deleteOperation", { id }],
      ["ctiManager.setOperationEnabled", { id, enabled: false }],
    ] as const) {
      expect(await run(name, other.user.id, input)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    const [stored] = await t.db.select().from(ctiOperations).where(eq(ctiOperations.id, id));
    expect(stored).toMatchObject({ name: "Abrir pedido", enabled: true });
  });
});

describe("CTI manager: agent", () => {
  it("saves and updates the caller's own login, extension and group", async () => {
    const ctx = await makeCtx(t.db, "operator");
    expect(await getCtiAgent({ ctx })).toBeNull();
    expect(await run("ctiManager.saveAgent", ctx.user.id, { agentLogin: " ana ", extension: "2001", groupId: "10" }))
      .toMatchObject({ ok: true, data: { userId: ctx.user.id, agentLogin: "ana", extension: "2001", groupId: "10" } });
    await run("ctiManager.saveAgent", ctx.user.id, { agentLogin: "ana", extension: "2002", groupId: "10" });
    expect(await t.db.select().from(ctiAgents).where(eq(ctiAgents.userId, ctx.user.id))).toMatchObject([{ extension: "2002" }]);
  });

  it("refuses missing fields and an extension with non-digits, in Portuguese", async () => {
    const ctx = await makeCtx(t.db, "operator");
    expect(await run("ctiManager.saveAgent", ctx.user.id, { agentLogin: "", extension: "20a1", groupId: " " })).toMatchObject({
      ok: false, code: "INVALID",
      fieldErrors: { agentLogin: ["Informe o login do agente."], extension: ["Ramal deve conter apenas dígitos."], groupId: ["Informe o grupo."] },
    });
    expect(await getCtiAgent({ ctx })).toBeNull();
  });
});
