import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, orders, orderStageHistory, outboxMessages, phoneTypes, rdMessages, rdOrderStageNotifications } from "../db/schema";
import type { Ctx } from "../lib/core/ctx";
import { syncModuleAccount } from "../lib/rdconversas/module-account";
import { applyOrderStage } from "../lib/rdconversas/orders/apply-order-stage";
import { changeOrderStage } from "../lib/rdconversas/orders/change-order-stage";
import { getOrderStageConfig } from "../lib/rdconversas/orders/get-order-stage-config";
import { saveOrderStageNotifications } from "../lib/rdconversas/orders/save-order-stage-notifications";
import { stagesOf, type OrderChannel } from "../lib/rdconversas/order-stages";
import { makeCtx } from "./support/fixtures";
import { insertPerson, uniqueCpf } from "./support/people-fixtures";
import { useTestDb } from "./support/test-db";

process.env.APP_SECRET = "chave-de-teste";

const t = useTestDb();
let mobileTypeId: number;
let landlineTypeId: number;
let phones = 0;

beforeAll(async () => {
  await t.db.insert(phoneTypes).values([{ code: "CEL", description: "Celular" }, { code: "FIX", description: "Fixo" }]).onConflictDoNothing();
  const types = await t.db.select().from(phoneTypes);
  mobileTypeId = types.find((p) => p.code === "CEL")!.id;
  landlineTypeId = types.find((p) => p.code === "FIX")!.id;
  await syncModuleAccount(t.db, { DS_TOKEN_RDCONVERSAS: "token-de-teste" });
});

async function makeMessage(companyId: number, type: string, overrides: Partial<typeof rdMessages.$inferInsert> = {}) {
  const [message] = await t.db.insert(rdMessages).values({
    companyId, type, templateId: "tpl-pedido", templateName: "pedido_estagio", templateText: "Olá {{1}}, o pedido {{2}} está: {{3}}.",
    variableCount: 3, chipId: "chip-1", chipLabel: "+55 11 99999-0001", fields: ["first_name", "order_number", "order_stage"], ...overrides,
  }).returning();
  return message!;
}

/** One notifying stage on the channel, through the configuration service. */
async function notify(ctx: Ctx, channel: OrderChannel, stage: string, messageId: number) {
  await saveOrderStageNotifications({ ctx, input: {
    companyId: ctx.companyId, channel,
    stages: stagesOf(channel).map((s) => ({ stage: s.code, notify: s.code === stage, messageId: s.code === stage ? messageId : null })),
  } });
}

async function makeCustomer(phone: { typeId?: number; isPrimary?: boolean; optOut?: boolean } = {}) {
  const e164 = `+55119${String(process.pid % 1000).padStart(3, "0")}${String(++phones).padStart(5, "0")}`;
  const person = await insertPerson(t.db, { name: "Maria da Silva Souza", document: uniqueCpf(), optOutWhatsapp: phone.optOut ?? false },
    [{ phoneTypeId: phone.typeId ?? mobileTypeId, e164, isPrimary: phone.isPrimary ?? true }]);
  return { person, e164 };
}

async function makeOrder(companyId: number, personId: number, channel: OrderChannel = "omni", stage = "invoiced") {
  const [order] = await t.db.insert(orders).values({ companyId, personId, channel, number: `OM${++phones}`, stage }).returning();
  return order!;
}

const queuedFor = (orderId: number) =>
  t.db.select().from(outboxMessages).where(and(eq(outboxMessages.producer, "order-stage"), eq(outboxMessages.producerRef, String(orderId))));

/** A company whose OMNI "Enviado" stage notifies, a customer with a mobile phone and an invoiced order. */
async function configured(role: "admin" | "operator" = "admin", customer?: Parameters<typeof makeCustomer>[0]) {
  const ctx = await makeCtx(t.db, role);
  const message = await makeMessage(ctx.companyId, "order:shipped");
  await notify(ctx, "omni", "shipped", message.id);
  const { person, e164 } = await makeCustomer(customer);
  const order = await makeOrder(ctx.companyId, person.id);
  return { ctx, message, person, e164, order };
}

describe("a stage change queues the configured notice", () => {
  it("queues once per order and stage, with the variables rendered, even when the order goes back and forth", async () => {
    const { ctx, order, e164, person } = await configured("operator");
    expect(await changeOrderStage({ ctx, input: { orderId: order.id, stage: "shipped" } }))
      .toEqual({ changed: true, queued: true, configured: true });

    const [sent] = await queuedFor(order.id);
    expect(sent).toMatchObject({
      kind: "rd.template", recipient: e164, personId: person.id, companyId: ctx.companyId, status: "queued",
      idempotencyKey: `rd-order:${order.id}:shipped`,
      payload: { templateId: "tpl-pedido", channelId: "chip-1", variables: ["Maria", order.number, "Enviado"] },
    });
    const history = await t.db.select().from(orderStageHistory).where(eq(orderStageHistory.orderId, order.id));
    expect(history).toMatchObject([{ stage: "shipped", source: "screen", changedBy: ctx.user.id }]);
    const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, "order"), eq(auditLog.entityId, String(order.id))));
    expect(audit).toMatchObject({ companyId: ctx.companyId, before: { stage: "invoiced" }, after: { stage: "shipped", notificationQueued: true } });

    // An idempotent re-post changes nothing; back to "Faturado" and forward again does not notify twice.
    expect(await applyOrderStage(t.db, ctx.clock, { orderId: order.id, stage: "shipped", source: "api" })).toEqual({ changed: false, queued: false });
    expect(await applyOrderStage(t.db, ctx.clock, { orderId: order.id, stage: "invoiced", source: "api" })).toEqual({ changed: true, queued: false });
    expect(await applyOrderStage(t.db, ctx.clock, { orderId: order.id, stage: "shipped", source: "api" })).toEqual({ changed: true, queued: false });
    expect(await queuedFor(order.id)).toHaveLength(1);
    const [current] = await t.db.select().from(orders).where(eq(orders.id, order.id));
    expect(current!.stage).toBe("shipped");
    const after = await t.db.select().from(orderStageHistory).where(eq(orderStageHistory.orderId, order.id)).orderBy(orderStageHistory.id);
    expect(after.map((h) => [h.stage, h.source])).toEqual([["shipped", "screen"], ["invoiced", "api"], ["shipped", "api"]]);
  });

  it("refuses a stage that does not exist in the order's channel and leaves the order as it was", async () => {
    const { ctx, order } = await configured();
    await expect(changeOrderStage({ ctx, input: { orderId: order.id, stage: "store_transfer" } })).rejects.toMatchObject({
      code: "INVALID", fieldErrors: { stage: ['O estágio "Em transferência entre lojas" não existe no canal OMNI.'] },
    });
    const [current] = await t.db.select().from(orders).where(eq(orders.id, order.id));
    expect(current!.stage).toBe("invoiced");
    expect(await t.db.select().from(orderStageHistory).where(eq(orderStageHistory.orderId, order.id))).toHaveLength(0);
  });

  it("queues nothing for a stage that does not notify", async () => {
    const { ctx, order } = await configured();
    expect(await changeOrderStage({ ctx, input: { orderId: order.id, stage: "delivered" } }))
      .toEqual({ changed: true, queued: false, configured: false });
    expect(await queuedFor(order.id)).toHaveLength(0);
  });

  it("queues nothing while the stage's message is inactive", async () => {
    const { ctx, order, message } = await configured();
    await t.db.update(rdMessages).set({ active: false }).where(eq(rdMessages.id, message.id));
    expect(await changeOrderStage({ ctx, input: { orderId: order.id, stage: "shipped" } }))
      .toEqual({ changed: true, queued: false, configured: false });
    expect(await queuedFor(order.id)).toHaveLength(0);
  });

  it.each([
    ["only a landline as primary phone", () => ({ typeId: landlineTypeId })],
    ["a mobile phone that is not the primary one", () => ({ isPrimary: false })],
    ["opted out of WhatsApp", () => ({ optOut: true })],
  ])("queues nothing for a customer with %s", async (_, customer) => {
    const { ctx, order } = await configured("admin", customer());
    expect(await changeOrderStage({ ctx, input: { orderId: order.id, stage: "shipped" } }))
      .toEqual({ changed: true, queued: false, configured: true });
    expect(await queuedFor(order.id)).toHaveLength(0);
  });

  it("does not let a user of another company move or even see the order", async () => {
    const { order } = await configured();
    const outsider = await makeCtx(t.db, "operator");
    await expect(changeOrderStage({ ctx: outsider, input: { orderId: order.id, stage: "shipped" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const [current] = await t.db.select().from(orders).where(eq(orders.id, order.id));
    expect(current!.stage).toBe("invoiced");
  });
});

describe("stage notification configuration", () => {
  const rowsOf = (companyId: number) => t.db.select().from(rdOrderStageNotifications).where(eq(rdOrderStageNotifications.companyId, companyId));

  it("suggests each stage's own message, replaces one channel's choices and audits", async () => {
    const ctx = await makeCtx(t.db);
    const shipped = await makeMessage(ctx.companyId, "order:shipped");
    const ready = await makeMessage(ctx.companyId, "order:ready_for_pickup");
    await makeMessage(ctx.companyId, "due_boleto");
    const config = await getOrderStageConfig({ ctx });
    expect(config.messages.map((m) => m.label)).toEqual(["Pedido: Pronto para retirada na loja · pedido_estagio", "Pedido: Enviado · pedido_estagio"]);
    const omni = config.channels.find((c) => c.channel === "omni")!;
    expect(omni.stages.find((s) => s.stage === "shipped")).toMatchObject({ notify: false, messageId: shipped.id });
    expect(omni.stages.find((s) => s.stage === "ready_for_pickup")).toMatchObject({ notify: false, messageId: ready.id });
    expect(config.channels.find((c) => c.channel === "prateleira_infinita")!.stages.map((s) => s.stage)).not.toContain("ready_for_pickup");

    await notify(ctx, "omni", "shipped", shipped.id);
    await notify(ctx, "prateleira_infinita", "shipped", shipped.id);
    await notify(ctx, "omni", "ready_for_pickup", ready.id);
    expect((await rowsOf(ctx.companyId)).map((r) => [r.channel, r.stage]).sort())
      .toEqual([["omni", "ready_for_pickup"], ["prateleira_infinita", "shipped"]]);
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.entityId, `${ctx.companyId}:omni`));
    expect(audits.at(-1)).toMatchObject({ before: [{ stage: "shipped", messageId: shipped.id }], after: [{ stage: "ready_for_pickup", messageId: ready.id }] });
  });

  it("refuses a stage of the other channel, a due-date message and another company's message, saving nothing", async () => {
    const ctx = await makeCtx(t.db);
    const other = await makeCtx(t.db);
    const mine = await makeMessage(ctx.companyId, "order:shipped");
    const boleto = await makeMessage(ctx.companyId, "due_boleto", { fields: ["first_name", "receivable_amount", "due_date"] });
    const foreign = await makeMessage(other.companyId, "order:shipped");
    const save = (stage: string, messageId: number) =>
      saveOrderStageNotifications({ ctx, input: { companyId: ctx.companyId, channel: "omni", stages: [
        { stage: "received", notify: true, messageId: mine.id }, { stage, notify: true, messageId },
      ] } });

    await expect(save("store_transfer", mine.id)).rejects.toMatchObject({
      code: "INVALID", fieldErrors: { "stages.1.stage": ['O estágio "Em transferência entre lojas" não existe no canal OMNI.'] },
    });
    await expect(save("shipped", boleto.id)).rejects.toMatchObject({
      code: "INVALID", fieldErrors: { "stages.1.messageId": [expect.stringContaining('"Vencimento boleto" não é de pedido')] },
    });
    await expect(save("shipped", foreign.id)).rejects.toMatchObject({
      code: "NOT_FOUND", fieldErrors: { "stages.1.messageId": ["Mensagem não encontrada nesta empresa: escolha outra."] },
    });
    expect(await rowsOf(ctx.companyId)).toHaveLength(0);
  });

  it("refuses to configure a company the admin was not granted", async () => {
    const ctx = await makeCtx(t.db);
    const other = await makeCtx(t.db);
    const foreign = await makeMessage(other.companyId, "order:shipped");
    await expect(saveOrderStageNotifications({ ctx, input: {
      companyId: other.companyId, channel: "omni", stages: [{ stage: "shipped", notify: true, messageId: foreign.id }],
    } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await rowsOf(other.companyId)).toHaveLength(0);
  });
});
