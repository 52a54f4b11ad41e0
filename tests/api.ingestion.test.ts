import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  apiKeys, auditLog, orders, orderStageHistory, outboxMessages, people, personPhones, providerAccounts, rdMessages,
  rdOrderStageNotifications, receivables,
} from "../db/schema";
import type { Db } from "../db/client";
import { POST as postPeople } from "../app/api/v1/people/route";
import { POST as postReceivables } from "../app/api/v1/receivables/route";
import { GET as getOpenApi } from "../app/api/v1/openapi.json/route";
import type { ApiCtx } from "../lib/api/api-ctx";
import { upsertOrders } from "../lib/api/upsert-orders";
import { upsertPeople } from "../lib/api/upsert-people";
import { upsertReceivables } from "../lib/api/upsert-receivables";
import { generateApiKey } from "../lib/api-keys/key-material";
import { fixedClock } from "../lib/core/clock";
import { RD_MODULE_ACCOUNT_NAME } from "../lib/rdconversas/module-account";
import { makeCompany } from "./support/fixtures";
import { cpfFrom, insertPerson, makePhoneType, uniqueCpf } from "./support/people-fixtures";
import { useTestDb } from "./support/test-db";

const t = useTestDb();
const clock = fixedClock("2026-11-23T12:00:00Z");
let a: ApiCtx;
let b: ApiCtx;
let keyA: string;
let cel: number;
let res: number;

async function makeKey(db: Db, companyId: number) {
  const { key, prefix, hash } = generateApiKey();
  const [row] = await db.insert(apiKeys).values({ companyId, name: "ERP", prefix, hash }).returning();
  return { key, id: row!.id };
}

const person = (erpCode: string, overrides: Record<string, unknown> = {}) =>
  ({ erpCode, kind: "natural", document: uniqueCpf(), name: `Cliente ${erpCode}`, ...overrides });
const receivable = (documentNumber: string, personErpCode: string, overrides: Record<string, unknown> = {}) =>
  ({ personErpCode, documentNumber, dueDate: "2026-12-10", amountCents: 15_990, paymentMethod: "boleto", status: "open", ...overrides });
const order = (number: string, personErpCode: string, overrides: Record<string, unknown> = {}) =>
  ({ number, personErpCode, channel: "omni", stage: "received", totalCents: 29_900, ...overrides });

beforeAll(async () => {
  const [companyA, companyB] = [await makeCompany(t.db, "Empresa A"), await makeCompany(t.db, "Empresa B")];
  const [ka, kb] = [await makeKey(t.db, companyA.id), await makeKey(t.db, companyB.id)];
  keyA = ka.key;
  a = { db: t.db, clock, companyId: companyA.id, keyId: ka.id };
  b = { db: t.db, clock, companyId: companyB.id, keyId: kb.id };
  cel = (await makePhoneType(t.db, "CEL")).id;
  res = (await makePhoneType(t.db, "RES")).id;
});

describe("POST /api/v1/people (upsertPeople)", () => {
  it("stores the valid rows and reports each bad one by index, ERP code, field and reason", async () => {
    const result = await upsertPeople({ ctx: a, input: { people: [
      person("P-OK-1", { document: "529.982.247-25", phones: [{ type: "CEL", number: "(11) 98765-4321" }] }),
      person("P-BAD-CPF", { document: "111.111.111-12" }),
      person("P-BAD-PHONE", { phones: [{ type: "CEL", number: "1234" }] }),
      person("P-BAD-TYPE", { phones: [{ type: "FAX", number: "11987650000" }] }),
      { erpCode: "P-BAD-KIND", kind: "alien", document: uniqueCpf(), name: "X" },
      person("P-OK-2", { kind: "legal", document: "11.222.333/0001-81", tradeName: "Loja Dois" }),
    ] } });
    expect(result).toMatchObject({ received: 6, created: 2, updated: 0, unchanged: 0 });
    expect(result.errors).toEqual([
      { index: 1, erpCode: "P-BAD-CPF", field: "document", message: "CPF inválido: confira os dígitos verificadores." },
      { index: 2, erpCode: "P-BAD-PHONE", field: "phones.0.number", message: "Telefone inválido: informe DDD e número, ex.: (11) 98765-4321." },
      { index: 3, erpCode: "P-BAD-TYPE", field: "phones.0.type", message: 'Tipo de telefone desconhecido: "FAX". Use um código cadastrado em Tipos de telefone (PESFM020).' },
      { index: 4, erpCode: "P-BAD-KIND", field: "kind", message: 'Tipo de pessoa desconhecido: use "natural" (física) ou "legal" (jurídica).' },
      { index: 4, erpCode: "P-BAD-KIND", field: "name", message: "Informe o nome (ao menos 2 letras)." },
    ]);
    const [stored] = await t.db.select().from(people).where(eq(people.erpCode, "P-OK-1"));
    expect(stored).toMatchObject({ document: "52998224725", name: "Cliente P-OK-1", kind: "natural" });
    // The only phone of its type becomes the primary one, so the person can receive WhatsApp notices.
    expect(await t.db.select({ e164: personPhones.e164, isPrimary: personPhones.isPrimary, phoneTypeId: personPhones.phoneTypeId })
      .from(personPhones).where(eq(personPhones.personId, stored!.id))).toEqual([{ e164: "+5511987654321", isPrimary: true, phoneTypeId: cel }]);
    // A row that failed on its phone left no person behind: nothing half-saved.
    expect(await t.db.select().from(people).where(eq(people.erpCode, "P-BAD-TYPE"))).toEqual([]);
  });

  it("reports the same payload posted twice as unchanged, writing nothing", async () => {
    const payload = [person("P-IDEM", { phones: [{ type: "CEL", number: "11 91234-5678" }, { type: "RES", number: "(11) 3456-7890" }] })];
    expect(await upsertPeople({ ctx: a, input: { people: payload } })).toMatchObject({ created: 1, errors: [] });
    const [before] = await t.db.select().from(people).where(eq(people.erpCode, "P-IDEM"));
    clock.advance(60_000);
    expect(await upsertPeople({ ctx: a, input: { people: payload } })).toEqual({ received: 1, created: 0, updated: 0, unchanged: 1, errors: [] });
    const [after] = await t.db.select().from(people).where(eq(people.erpCode, "P-IDEM"));
    expect(after!.updatedAt).toEqual(before!.updatedAt);
  });

  it("replaces only the phones of the types sent and keeps omitted optional fields", async () => {
    const stored = await insertPerson(t.db, { name: "Maria", erpCode: "P-PHONES", document: uniqueCpf(), crmCode: "CRM-9" }, [
      { phoneTypeId: cel, e164: "+5511911110000", isPrimary: true }, { phoneTypeId: res, e164: "+551133334444", isPrimary: true },
    ]);
    const result = await upsertPeople({ ctx: a, input: { people: [
      { erpCode: "P-PHONES", kind: "natural", document: stored.document, name: "Maria Souza", phones: [{ type: "CEL", number: "+55 11 92222-0000" }] },
    ] } });
    expect(result).toMatchObject({ updated: 1, errors: [] });
    const phones = await t.db.select({ phoneTypeId: personPhones.phoneTypeId, e164: personPhones.e164 }).from(personPhones)
      .where(eq(personPhones.personId, stored.id));
    expect(phones).toHaveLength(2);
    expect(phones).toEqual(expect.arrayContaining([{ phoneTypeId: cel, e164: "+5511922220000" }, { phoneTypeId: res, e164: "+551133334444" }]));
    const [updated] = await t.db.select().from(people).where(eq(people.id, stored.id));
    expect(updated).toMatchObject({ name: "Maria Souza", crmCode: "CRM-9" });
  });

  it("gives the ERP code to a person registered by hand with the same document, but never takes another's document", async () => {
    const byHand = await insertPerson(t.db, { name: "Cadastro manual", document: cpfFrom(424242) });
    const owned = await insertPerson(t.db, { name: "Outro cliente", document: cpfFrom(434343), erpCode: "P-OWNER" });
    const result = await upsertPeople({ ctx: a, input: { people: [
      person("P-ADOPT", { document: cpfFrom(424242) }),
      person("P-THIEF", { document: cpfFrom(434343) }),
      person("P-TWICE"), person("P-TWICE"),
    ] } });
    expect(result).toMatchObject({ created: 1, updated: 1 });
    expect(result.errors).toEqual([
      { index: 1, erpCode: "P-THIEF", field: "document", message: "Este CPF/CNPJ já pertence a outra pessoa: Outro cliente (código ERP P-OWNER)." },
      { index: 3, erpCode: "P-TWICE", field: "erpCode", message: "erpCode repetido nesta requisição (já enviado na linha 2): envie cada um uma vez." },
    ]);
    expect((await t.db.select().from(people).where(eq(people.id, byHand.id)))[0]!.erpCode).toBe("P-ADOPT");
    expect((await t.db.select().from(people).where(eq(people.id, owned.id)))[0]!.erpCode).toBe("P-OWNER");
  });
});

describe("POST /api/v1/receivables (upsertReceivables)", () => {
  beforeAll(async () => {
    await upsertPeople({ ctx: a, input: { people: [person("R-CLIENT")] } });
  });

  it("stores valid receivables and reports wrong types and unknown people per row", async () => {
    const result = await upsertReceivables({ ctx: a, input: { receivables: [
      receivable("R-1", "R-CLIENT", { digitableLine: "23790.00000 00000.000000 00000.000000 1 00000000015990" }),
      receivable("R-2", "R-CLIENT", { amountCents: "12,50" }),
      receivable("R-3", "R-CLIENT", { dueDate: "2026-02-30" }),
      receivable("R-4", "R-NOBODY"),
      receivable("R-5", "R-CLIENT", { paymentMethod: "cheque", status: "pending" }),
      receivable("R-6", "R-CLIENT", { paymentMethod: "carne_pix", status: "in_progress", pixCode: "000201PIX" }),
    ] } });
    expect(result).toMatchObject({ received: 6, created: 2, updated: 0, unchanged: 0 });
    expect(result.errors).toEqual([
      { index: 1, documentNumber: "R-2", field: "amountCents", message: "amountCents deve ser um número inteiro de centavos, ex.: 1250 para R$ 12,50." },
      { index: 2, documentNumber: "R-3", field: "dueDate", message: "Data de vencimento inválida: use aaaa-MM-dd, ex.: 2026-05-25." },
      { index: 3, documentNumber: "R-4", field: "personErpCode", message: 'Pessoa com código ERP "R-NOBODY" não encontrada: envie-a antes em POST /api/v1/people.' },
      { index: 4, documentNumber: "R-5", field: "paymentMethod", message: "Forma de pagamento desconhecida: use boleto, carne_pix." },
      { index: 4, documentNumber: "R-5", field: "status", message: "Situação desconhecida: use open, in_progress, paid, cancelled, renegotiated, written_off." },
    ]);
    const stored = await t.db.select().from(receivables).where(eq(receivables.companyId, a.companyId));
    expect(stored.map((r) => r.documentNumber).sort()).toEqual(["R-1", "R-6"]);
    expect(stored.find((r) => r.documentNumber === "R-6")).toMatchObject({ amountCents: 15_990, dueDate: "2026-12-10", status: "in_progress", pixCode: "000201PIX" });
  });

  it("is unchanged on a re-post and updated when a value changes", async () => {
    const rows = [receivable("R-10", "R-CLIENT")];
    expect(await upsertReceivables({ ctx: a, input: { receivables: rows } })).toMatchObject({ created: 1 });
    expect(await upsertReceivables({ ctx: a, input: { receivables: rows } })).toEqual({ received: 1, created: 0, updated: 0, unchanged: 1, errors: [] });
    expect(await upsertReceivables({ ctx: a, input: { receivables: [{ ...rows[0], status: "paid" }] } })).toMatchObject({ updated: 1 });
    const [paid] = await t.db.select().from(receivables).where(and(eq(receivables.companyId, a.companyId), eq(receivables.documentNumber, "R-10")));
    expect(paid!.status).toBe("paid");
  });

  it("writes only the key's company: the same document number in another company is another receivable", async () => {
    expect(await upsertReceivables({ ctx: b, input: { receivables: [receivable("R-10", "R-CLIENT", { amountCents: 100 })] } }))
      .toMatchObject({ created: 1, updated: 0 });
    const rows = await t.db.select().from(receivables).where(eq(receivables.documentNumber, "R-10"));
    expect(rows.map((r) => [r.companyId, r.amountCents, r.status]).sort()).toEqual([[a.companyId, 15_990, "paid"], [b.companyId, 100, "open"]].sort());
  });
});

describe("POST /api/v1/orders (upsertOrders)", () => {
  let messageId: number;

  beforeAll(async () => {
    await upsertPeople({ ctx: a, input: { people: [person("O-CLIENT", { phones: [{ type: "CEL", number: "(11) 97777-0001" }] })] } });
    await t.db.insert(providerAccounts).values({ provider: "rdconversas", name: RD_MODULE_ACCOUNT_NAME, baseUrl: "http://127.0.0.1:9" });
    const [message] = await t.db.insert(rdMessages).values({
      companyId: a.companyId, type: "order:shipped", templateId: "tpl-enviado", templateName: "pedido_enviado",
      templateText: "Olá {{1}}, seu pedido {{2}} foi enviado.", variableCount: 2, chipId: "chip-1", chipLabel: "+55 11 99999-0001",
      fields: ["first_name", "order_number"],
    }).returning();
    messageId = message!.id;
    await t.db.insert(rdOrderStageNotifications).values({ companyId: a.companyId, channel: "omni", stage: "shipped", messageId });
  });

  const historyOf = async (number: string, companyId = a.companyId) => {
    const [row] = await t.db.select().from(orders).where(and(eq(orders.companyId, companyId), eq(orders.number, number)));
    const history = await t.db.select({ stage: orderStageHistory.stage, source: orderStageHistory.source, at: orderStageHistory.at })
      .from(orderStageHistory).where(eq(orderStageHistory.orderId, row!.id)).orderBy(orderStageHistory.id);
    return { order: row!, history };
  };
  const noticesOf = async (orderId: number) =>
    (await t.db.select({ n: count() }).from(outboxMessages).where(and(eq(outboxMessages.producer, "order-stage"), eq(outboxMessages.producerRef, String(orderId)))))[0]!.n;

  it("stores valid orders with their first stage in the history and reports bad channels and stages per row", async () => {
    const result = await upsertOrders({ ctx: a, input: { orders: [
      order("O-1", "O-CLIENT", { stageAt: "2026-11-23T09:15:00-03:00" }),
      order("O-2", "O-CLIENT", { channel: "loja" }),
      order("O-3", "O-CLIENT", { stage: "teleported" }),
      order("O-4", "O-CLIENT", { channel: "prateleira_infinita", stage: "ready_for_pickup" }),
      order("O-5", "O-NOBODY"),
      order("O-6", "O-CLIENT", { totalCents: 19.9 }),
    ] } });
    expect(result).toMatchObject({ received: 6, created: 1 });
    expect(result.errors).toEqual([
      { index: 1, number: "O-2", field: "channel", message: "Canal desconhecido: use prateleira_infinita, omni." },
      { index: 2, number: "O-3", field: "stage", message: 'Estágio desconhecido: "teleported". Use received, payment_approved, picking, invoiced, ready_for_pickup, picked_up, shipped, delivered, cancelled.' },
      { index: 3, number: "O-4", field: "stage", message: 'O estágio "Pronto para retirada na loja" não existe no canal prateleira_infinita: use received, payment_approved, store_transfer, picking, invoiced, shipped, delivered, cancelled.' },
      { index: 4, number: "O-5", field: "personErpCode", message: 'Pessoa com código ERP "O-NOBODY" não encontrada: envie-a antes em POST /api/v1/people.' },
      { index: 5, number: "O-6", field: "totalCents", message: "totalCents deve ser um número inteiro de centavos, ex.: 1250 para R$ 12,50." },
    ]);
    const { order: stored, history } = await historyOf("O-1");
    expect(stored).toMatchObject({ stage: "received", channel: "omni", totalCents: 29_900 });
    expect(history).toEqual([{ stage: "received", source: "api", at: new Date("2026-11-23T12:15:00Z") }]);
  });

  it("queues the configured stage notice once, however often the same stage is posted", async () => {
    const rows = [order("O-SHIP", "O-CLIENT")];
    await upsertOrders({ ctx: a, input: { orders: rows } });
    const shipped = [{ ...rows[0], stage: "shipped" }];
    expect(await upsertOrders({ ctx: a, input: { orders: shipped } })).toMatchObject({ updated: 1, errors: [] });
    expect(await upsertOrders({ ctx: a, input: { orders: shipped } })).toEqual({ received: 1, created: 0, updated: 0, unchanged: 1, errors: [] });

    const { order: stored, history } = await historyOf("O-SHIP");
    expect(history.map((h) => h.stage)).toEqual(["received", "shipped"]);
    expect(await noticesOf(stored.id)).toBe(1);
    const [notice] = await t.db.select().from(outboxMessages).where(eq(outboxMessages.producerRef, String(stored.id)));
    expect(notice).toMatchObject({ recipient: "+5511977770001", kind: "rd.template", companyId: a.companyId });
    expect(notice!.payload).toMatchObject({ templateId: "tpl-enviado", variables: ["Cliente", "O-SHIP"] });

    // Back and forth: the history records each move, the customer is told about "shipped" only once.
    await upsertOrders({ ctx: a, input: { orders: [{ ...rows[0], stage: "delivered" }] } });
    await upsertOrders({ ctx: a, input: { orders: shipped } });
    expect((await historyOf("O-SHIP")).history.map((h) => h.stage)).toEqual(["received", "shipped", "delivered", "shipped"]);
    expect(await noticesOf(stored.id)).toBe(1);
  });

  it("writes only the key's company: the same order number in another company is another order, with no notice", async () => {
    expect(await upsertOrders({ ctx: b, input: { orders: [order("O-SHIP", "O-CLIENT", { stage: "shipped", totalCents: 100 })] } }))
      .toMatchObject({ created: 1, errors: [] });
    const { order: theirs } = await historyOf("O-SHIP", b.companyId);
    const { order: ours } = await historyOf("O-SHIP");
    expect(theirs.id).not.toBe(ours.id);
    expect(ours).toMatchObject({ stage: "shipped", totalCents: 29_900 });
    // Company B configured no stage notice.
    expect(await noticesOf(theirs.id)).toBe(0);
  });
});

describe("the route handlers", () => {
  beforeAll(() => {
    // The handlers use the app's pool (getDb): point it at this file's database.
    process.env.DATABASE_URL = t.url;
  });
  afterAll(async () => {
    const cached = globalThis as unknown as { __recadoDb?: { pool: { end(): Promise<void> } } };
    await cached.__recadoDb?.pool.end();
    delete cached.__recadoDb;
  });

  const post = (handler: (r: Request) => Promise<Response>, body: string, key = keyA) => handler(new Request("http://recado.test/api/v1/x", {
    method: "POST", headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" }, body,
  }));

  it("answers 200 with the counts and records one audit entry per request, without a user", async () => {
    const response = await post(postPeople, JSON.stringify({ people: [person("H-1"), person("H-2", { document: "123" })] }));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ received: 2, created: 1, unchanged: 0, errors: [{ index: 1, erpCode: "H-2", field: "document" }] });
    const audits = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, "api_import"), eq(auditLog.entityId, String(a.keyId))));
    expect(audits.at(-1)).toMatchObject({
      userId: null, companyId: a.companyId, action: "import",
      after: { resource: "people", received: 2, created: 1, updated: 0, unchanged: 0, failedRows: 1 },
    });
  });

  it("answers 400 to malformed JSON, a wrong shape or more than 1,000 rows", async () => {
    const malformed = await post(postPeople, "{ people: [");
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error).toMatch(/não é um JSON válido/);
    const wrongShape = await post(postReceivables, JSON.stringify([{ documentNumber: "X" }]));
    expect(wrongShape.status).toBe(400);
    expect(await wrongShape.json()).toEqual({ error: 'Formato inesperado: envie um objeto { "receivables": [ ... ] } com a lista em "receivables".' });
    const tooMany = await post(postReceivables, JSON.stringify({ receivables: Array.from({ length: 1001 }, (_, i) => receivable(`BIG-${i}`, "R-CLIENT")) }));
    expect(tooMany.status).toBe(400);
    expect((await tooMany.json()).error).toBe('No máximo 1.000 itens em "receivables" por requisição (recebidos 1.001): divida o envio em lotes.');
    expect(await t.db.select().from(receivables).where(eq(receivables.documentNumber, "BIG-0"))).toEqual([]);
  });

  it("answers 401 to a revoked key and writes nothing", async () => {
    const revoked = await makeKey(t.db, a.companyId);
    await t.db.update(apiKeys).set({ revokedAt: clock.now() }).where(eq(apiKeys.id, revoked.id));
    const response = await post(postPeople, JSON.stringify({ people: [person("H-REVOKED")] }), revoked.key);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "Chave de API inválida ou revogada." });
    expect(await t.db.select().from(people).where(eq(people.erpCode, "H-REVOKED"))).toEqual([]);
  });

  it("publishes an OpenAPI 3.1 document of the three endpoints with bearer auth", async () => {
    const doc = await (await getOpenApi()).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(["/api/v1/people", "/api/v1/receivables", "/api/v1/orders"]);
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    expect(doc.components.schemas.ReceivableRow.properties.amountCents).toMatchObject({ type: "integer", minimum: 0 });
    expect(doc.paths["/api/v1/orders"].post.responses[401].content["application/json"].schema).toEqual({ $ref: "#/components/schemas/Error" });
  });
});
