import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, crmOccurrenceTypes, crmTasks } from "../db/schema";
import { executeAction } from "../lib/core/action";
import { fixedClock } from "../lib/core/clock";
import { loadContext } from "../lib/core/ctx";
import { ServiceError } from "../lib/core/errors";
import { crmActions } from "../lib/crm/actions";
import { createHistory } from "../lib/crm/create-history";
import { createLead } from "../lib/crm/create-lead";
import { createOccurrence } from "../lib/crm/create-occurrence";
import { createOpportunity } from "../lib/crm/create-opportunity";
import { createTask } from "../lib/crm/create-task";
import { getOccurrence } from "../lib/crm/get-occurrence";
import { getOpportunity } from "../lib/crm/get-opportunity";
import { listHistory } from "../lib/crm/list-history";
import { listLeads } from "../lib/crm/list-leads";
import { listOccurrences } from "../lib/crm/list-occurrences";
import { listOpportunities } from "../lib/crm/list-opportunities";
import { listTasks } from "../lib/crm/list-tasks";
import { formatOccurrenceProtocol } from "../lib/crm/protocol";
import { resolveCrmTarget } from "../lib/crm/resolve-target";
import { amountToCents } from "../lib/crm/schemas";
import { makeCtx, makeUser } from "./support/fixtures";
import { insertPerson } from "./support/people-fixtures";
import { useTestDb } from "./support/test-db";

const t = useTestDb();

async function accountWithContact(name = "Conta") {
  const account = await insertPerson(t.db, { kind: "legal", name: `${name} Ltda` });
  const contact = await insertPerson(t.db, { kind: "natural", name: `Contato de ${name}`, accountId: account.id });
  return { account, contact };
}

async function typeId(name = "Reclamação") {
  const [type] = await t.db.select().from(crmOccurrenceTypes).where(eq(crmOccurrenceTypes.name, name));
  return type!.id;
}

const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => {
  if (!(error instanceof ServiceError)) throw error;
  return { code: error.code, fieldErrors: error.fieldErrors };
});

describe("CRM records created from the CTI with a prefilled account and contact", () => {
  it("creates an occurrence with a protocol, on the logged company, audited, and shows it on the detail", async () => {
    const ctx = await makeCtx(t.db, "operator", "2026-11-23T12:00:00Z");
    const { account, contact } = await accountWithContact("Padaria");
    const created = await createOccurrence({ ctx, input: {
      accountId: account.id, contactId: contact.id, typeId: await typeId(), subject: "Pão chegou frio", description: "", status: "open",
    } });
    expect(created.protocol).toMatch(/^OC20261123\d{6}$/);
    const detail = await getOccurrence({ ctx, input: { code: created.protocol.toLowerCase() } });
    expect([detail.occurrence.companyId, detail.account.name, detail.contactName, detail.typeName, detail.occurrence.status])
      .toEqual([ctx.companyId, "Padaria Ltda", "Contato de Padaria", "Reclamação", "open"]);
    expect((await getOccurrence({ ctx, input: { code: String(created.id) } })).occurrence.protocol).toBe(created.protocol);
    const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, "crm_occurrence"), eq(auditLog.entityId, String(created.id))));
    expect(audit?.action).toBe("create");
  });

  it("gives every occurrence its own protocol", async () => {
    const ctx = await makeCtx(t.db, "operator");
    const { account } = await accountWithContact("Sequencial");
    const type = await typeId("Solicitação");
    const protocols = [];
    for (let i = 0; i < 3; i++) {
      protocols.push((await createOccurrence({ ctx, input: { accountId: account.id, contactId: null, typeId: type, subject: `Pedido ${i}`, description: "", status: "open" } })).protocol);
    }
    expect(new Set(protocols).size).toBe(3);
  });

  it("creates an opportunity, a history entry and a task for the account and contact", async () => {
    const ctx = await makeCtx(t.db, "operator");
    const { account, contact } = await accountWithContact("Oficina");
    const opportunity = await createOpportunity({ ctx, input: { accountId: account.id, contactId: contact.id, title: "Contrato anual", amount: "1.234,5", stage: "proposal" } });
    const detail = await getOpportunity({ ctx, input: { id: opportunity.id } });
    expect([detail.opportunity.amountCents, detail.opportunity.stage, detail.account.name, detail.contactName])
      .toEqual([123450, "proposal", "Oficina Ltda", "Contato de Oficina"]);
    await createHistory({ ctx, input: { accountId: account.id, contactId: contact.id, note: "Cliente ligou pedindo 2ª via" } });
    const task = await createTask({ ctx, input: { accountId: account.id, contactId: null, title: "Retornar ligação", dueDate: "2026-11-25" } });
    const [row] = await t.db.select().from(crmTasks).where(eq(crmTasks.id, task.id));
    expect([row?.dueDate, row?.done, row?.contactId, row?.companyId]).toEqual(["2026-11-25", false, null, ctx.companyId]);
    expect((await listHistory({ ctx, input: { accountId: account.id, contactId: contact.id, page: 1 } })).items.map((h) => h.note))
      .toEqual(["Cliente ligou pedindo 2ª via"]);
  });

  it("creates a lead on the logged company and lists it", async () => {
    const ctx = await makeCtx(t.db, "operator");
    await createLead({ ctx, input: { name: "Maria Prospect", phone: "11 98765-4321", email: "", notes: "Veio pelo site" } });
    const { items, total } = await listLeads({ ctx, input: { page: 1 } });
    expect([total, items[0]?.name, items[0]?.email, items[0]?.phone]).toEqual([1, "Maria Prospect", null, "+5511987654321"]);
  });

  it("refuses a lead phone that is not a number, so every stored lead phone dials", async () => {
    const ctx = await makeCtx(t.db, "operator");
    const refused = await executeAction(crmActions["crm.createLead"], { name: "Sem Número", phone: "ligar depois", email: "", notes: "" }, { userId: ctx.user.id }, { db: t.db, clock: fixedClock("2026-11-23T12:00:00Z") });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { phone: ["Telefone inválido: informe DDD e número, ex.: (11) 98765-4321."] } });
    expect((await listLeads({ ctx, input: { page: 1 } })).total).toBe(0);
  });

  it("refuses a contact that does not belong to the account, naming the field", async () => {
    const ctx = await makeCtx(t.db, "operator");
    const { account } = await accountWithContact("Mercado");
    const { contact: stranger } = await accountWithContact("Farmácia");
    const result = await refusal(createHistory({ ctx, input: { accountId: account.id, contactId: stranger.id, note: "Não deveria gravar" } }));
    expect(result).toEqual({ code: "INVALID", fieldErrors: { contactId: ["O contato não pertence a esta conta."] } });
  });

  it("takes a contact passed as the CTI person as the contact of its own account", async () => {
    const ctx = await makeCtx(t.db, "operator");
    const { account, contact } = await accountWithContact("Loja");
    expect(await resolveCrmTarget({ ctx, input: { accountId: contact.id, contactId: null } }))
      .toEqual({ account: { id: account.id, name: "Loja Ltda" }, contact: { id: contact.id, name: "Contato de Loja" } });
    expect(await resolveCrmTarget({ ctx, input: { accountId: null, contactId: contact.id } }))
      .toEqual({ account: { id: account.id, name: "Loja Ltda" }, contact: { id: contact.id, name: "Contato de Loja" } });
  });
});

describe("CRM actions", () => {
  it("let an operator create on the logged company and name the refused field in Portuguese", async () => {
    const ctx = await makeCtx(t.db, "operator");
    const { account, contact } = await accountWithContact("Ação");
    const { contact: stranger } = await accountWithContact("Outra");
    const deps = { db: t.db, clock: fixedClock("2026-11-23T12:00:00Z") };
    const principal = { userId: ctx.user.id };
    const ok = await executeAction(crmActions["crm.createTask"], { accountId: account.id, contactId: contact.id, title: "Ligar amanhã", dueDate: "" }, principal, deps);
    expect(ok.ok).toBe(true);
    const refused = await executeAction(crmActions["crm.createOccurrence"], {
      accountId: account.id, contactId: stranger.id, typeId: await typeId(), subject: "Teste", description: "", status: "open",
    }, principal, deps);
    expect(refused).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { contactId: ["O contato não pertence a esta conta."] } });
    const tooShort = await executeAction(crmActions["crm.createOpportunity"], { accountId: account.id, contactId: null, title: "X", amount: "abc", stage: "won" }, principal, deps);
    expect(tooShort).toMatchObject({ ok: false, fieldErrors: { title: ["Informe o título (mínimo 3 caracteres)."], amount: ["Valor inválido: use o formato 1.234,56."] } });
  });
});

describe("CRM lists and details follow the account filter and company grants", () => {
  it("lists only the records of the account (and contact) in the URL", async () => {
    const ctx = await makeCtx(t.db, "operator");
    const a = await accountWithContact("Alfa");
    const b = await accountWithContact("Beta");
    const type = await typeId("Informação");
    await createOccurrence({ ctx, input: { accountId: a.account.id, contactId: a.contact.id, typeId: type, subject: "Da Alfa com contato", description: "", status: "in_progress" } });
    await createOccurrence({ ctx, input: { accountId: a.account.id, contactId: null, typeId: type, subject: "Da Alfa sem contato", description: "", status: "open" } });
    await createOccurrence({ ctx, input: { accountId: b.account.id, contactId: null, typeId: type, subject: "Da Beta", description: "", status: "open" } });
    await createOpportunity({ ctx, input: { accountId: b.account.id, contactId: null, title: "Só da Beta", amount: "10", stage: "prospecting" } });
    await createTask({ ctx, input: { accountId: a.account.id, contactId: null, title: "Tarefa Alfa", dueDate: "" } });

    const subjects = async (accountId: number | null, contactId: number | null) =>
      (await listOccurrences({ ctx, input: { accountId, contactId, page: 1 } })).items.map((o) => o.subject).sort();
    expect(await subjects(a.account.id, null)).toEqual(["Da Alfa com contato", "Da Alfa sem contato"]);
    expect(await subjects(null, a.contact.id)).toEqual(["Da Alfa com contato"]);
    expect(await subjects(b.account.id, null)).toEqual(["Da Beta"]);
    expect((await listOpportunities({ ctx, input: { accountId: a.account.id, contactId: null, page: 1 } })).total).toBe(0);
    expect((await listOpportunities({ ctx, input: { accountId: b.account.id, contactId: null, page: 1 } })).items.map((o) => o.title)).toEqual(["Só da Beta"]);
    expect((await listTasks({ ctx, input: { accountId: a.account.id, contactId: null, page: 1 } })).items.map((x) => [x.title, x.dueDate])).toEqual([["Tarefa Alfa", null]]);
  });

  it("answers NOT_FOUND for another company's occurrence and opportunity and leaves them out of lists", async () => {
    const owner = await makeCtx(t.db, "operator");
    const { account } = await accountWithContact("Privada");
    const occurrence = await createOccurrence({ ctx: owner, input: { accountId: account.id, contactId: null, typeId: await typeId(), subject: "Sigilosa", description: "", status: "open" } });
    const opportunity = await createOpportunity({ ctx: owner, input: { accountId: account.id, contactId: null, title: "Sigilosa", amount: "5", stage: "won" } });

    const outsider = await makeCtx(t.db, "operator");
    expect((await refusal(getOccurrence({ ctx: outsider, input: { code: occurrence.protocol } })))?.code).toBe("NOT_FOUND");
    expect((await refusal(getOccurrence({ ctx: outsider, input: { code: String(occurrence.id) } })))?.code).toBe("NOT_FOUND");
    expect((await refusal(getOpportunity({ ctx: outsider, input: { id: opportunity.id } })))?.code).toBe("NOT_FOUND");
    expect((await listOccurrences({ ctx: outsider, input: { accountId: account.id, contactId: null, page: 1 } })).total).toBe(0);

    // A user granted both companies sees it whatever company is logged.
    const both = await makeUser(t.db, "operator", [owner.companyId, outsider.companyId]);
    const bothCtx = await loadContext(t.db, both.id, fixedClock("2026-11-23T12:00:00Z"));
    expect((await getOccurrence({ ctx: bothCtx, input: { code: occurrence.protocol } })).occurrence.subject).toBe("Sigilosa");
  });
});

describe("pure helpers", () => {
  it.each([
    ["2026-11-23T12:00:00Z", 42, "OC20261123000042"],
    ["2026-11-24T02:30:00Z", 1, "OC20261123000001"],
    ["2026-01-05T12:00:00Z", 1_234_567, "OC20260105234567"],
  ])("protocol at %s with sequence %i is %s", (at, sequence, expected) => {
    expect(formatOccurrenceProtocol(new Date(at), sequence)).toBe(expected);
  });

  it.each([["1.234,56", 123456], ["10", 1000], ["0,5", 50], ["1234,05", 123405]])("amount %s is %i cents", (amount, cents) => {
    expect(amountToCents(amount)).toBe(cents);
  });
});
