import { generateCPF } from "@brazilian-utils/brazilian-utils";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  additionalFields, apiKeys, orders, outboxMessages, people, personPhones, phoneTypes, processConfigs, processRuns, providerAccounts,
  rdContactBatchItems, rdContactBatches, rdMessages, ctiAgents, ctiOperations, creditors, documentTemplates, whatsappAccounts,
  whatsappCreditorSettings, whatsappMenuOptions, notifications, whatsappTemplates,
} from "../db/schema";
import { notifyUser } from "../lib/notifications/notify-user";
import { encryptSecret } from "../lib/core/crypto";
import { createMetaTemplate } from "../lib/providers/meta/client";
import { reviewMetaTemplate } from "../lib/providers/meta/simulator-control";
import { metaSandboxState } from "../lib/providers/meta/sandbox-state";
import { startMetaSimulatorServer } from "../lib/providers/meta/simulator-server";
import { startPlugSimulatorServer } from "../lib/providers/plugmessage/simulator-server";
import { whatsappAccountFor } from "../lib/whatsapp/account/whatsapp-account-for";
import { eq } from "drizzle-orm";
import { loadContext } from "../lib/core/ctx";
import { ringPbx } from "../lib/cti/pbx/controls";
import { pbxSandboxState } from "../lib/cti/pbx/sandbox-state";
import { startPbxServer } from "../lib/cti/pbx/server";
import { ctiLogin } from "../lib/cti/session/cti-login";
import { createSmartCtiCommands } from "../lib/cti/soap-adapter";
import { allActions, type ActionName } from "../lib/actions";
import { executeAction, type ActionDef } from "../lib/core/action";
import { fixedClock } from "../lib/core/clock";
import { RD_SEED_CHIPS, RD_SEED_TEMPLATES } from "../lib/providers/rdconversas/simulator-seed";
import { startRdSimulatorServer } from "../lib/providers/rdconversas/simulator-server";
import { configureRdModule } from "./support/rd-contact-fixtures";
import { makeCompany, makeUser } from "./support/fixtures";
import { useTestDb } from "./support/test-db";

/**
 * Every server action, its minimum role, and what a user of ANOTHER company (same role, not granted company A)
 * gets when aiming it at company A's data: "refused" (FORBIDDEN/NOT_FOUND) or "org-wide" (the organization's
 * shared registries — people, phone types, additional fields, corporate parameters — are everyone's by design).
 * A new action without a rule here fails the first test.
 */
type World = {
  companyA: number; companyB: number; /** Granted alongside A to the insider, with no records, so it can be deleted. */ emptyCompany: number; userA: number; operatorA: number; personId: number; phoneTypeId: number; fieldId: number;
  failedMessageId: number; queuedMessageId: number; configId: number; runId: number;
  /** RD Conversas: an order-stage message of A (complete field list), an OMNI order of A at "invoiced", a PESFP079 batch, an API key. */
  rdMessageId: number; orderId: number; batchId: number; apiKeyId: number; candidateId: number;
  /** Smart CTI: a custom operation of operatorA; a phone of the candidate person. */
  ctiOperationId: number; phoneId: number;
  /** WhatsApp: A's creditor (with an override), agreement term, and official-API templates that exist at the Meta simulator. */
  creditorId: number; documentId: number; /** Used nowhere, so it can be deleted. */ spareDocumentId: number; rejectedTemplateId: number; approvedTemplateId: number; pendingTemplateId: number;
  /** A's first WhatsApp menu option; a notification of userA. */ menuOptionId: number; notificationId: number;
};
/**
 * `prepare` (per-user data such as the CTI agent and session): builds the acting user's own rows and returns the input
 * for them; used instead of `sample` whenever the caller acts on its own behalf.
 */
type Rule = {
  role: "admin" | "operator"; crossCompany: "refused" | "org-wide"; sample: (w: World) => unknown;
  prepare?: (w: World, actorId: number) => Promise<unknown>;
};

const rules: Record<ActionName, Rule> = {
  "session.switchCompany": { role: "operator", crossCompany: "refused", sample: (w) => ({ companyId: w.companyA }) },
  "companies.save": { role: "admin", crossCompany: "refused", sample: (w) => ({ id: w.companyA, code: `A${w.companyA}`, name: "Empresa A alterada", document: "", active: true }) },
  "companies.delete": { role: "admin", crossCompany: "refused", sample: (w) => ({ id: w.emptyCompany }) },
  "users.save": { role: "admin", crossCompany: "refused", sample: (w) => ({ id: w.userA, name: "Usuário A", email: `a${w.userA}@teste.dev`, role: "operator", companyIds: [w.companyA] }) },
  "users.setActive": { role: "admin", crossCompany: "refused", sample: (w) => ({ id: w.userA, active: false }) },
  "users.resetPassword": { role: "admin", crossCompany: "refused", sample: (w) => ({ id: w.userA, password: "nova-senha-123" }) },
  "phoneTypes.save": { role: "admin", crossCompany: "org-wide", sample: () => ({ code: `T${Math.floor(Math.random() * 999)}`, description: "Tipo de teste" }) },
  "phoneTypes.delete": { role: "admin", crossCompany: "org-wide", sample: (w) => ({ id: w.phoneTypeId }) },
  "additionalFields.save": { role: "admin", crossCompany: "org-wide", sample: () => ({ code: `CAMPO_${Math.floor(Math.random() * 9999)}`, label: "Campo", type: "text" }) },
  "additionalFields.delete": { role: "admin", crossCompany: "org-wide", sample: (w) => ({ id: w.fieldId }) },
  "settings.update": { role: "admin", crossCompany: "refused", sample: (w) => ({ code: "CD_TIPOFONE_CELULAR", companyId: w.companyA, value: { phoneTypeCode: "CEL" } }) },
  "people.save": { role: "operator", crossCompany: "org-wide", sample: (w) => ({
    id: w.personId, kind: "natural", document: generateCPF(), name: "Pessoa compartilhada", tradeName: "", erpCode: "", crmCode: "",
    accountId: null, phones: [], emails: [], additionalValues: [], optOutWhatsapp: false, optOutSms: false, optOutEmail: false,
  }) },
  "sandbox.setFaults": { role: "admin", crossCompany: "org-wide", sample: () => ({
    latencyMs: 0, percent5xx: 0, percent429: 0, retryAfterSeconds: 1, percentTimeout: 0, invalidToken: false, failingNumbers: "",
  }) },
  "sandbox.reset": { role: "admin", crossCompany: "org-wide", sample: () => ({}) },
  "messages.retry": { role: "admin", crossCompany: "refused", sample: (w) => ({ id: w.failedMessageId }) },
  "messages.cancel": { role: "admin", crossCompany: "refused", sample: (w) => ({ id: w.queuedMessageId }) },
  "scheduler.save": { role: "admin", crossCompany: "refused", sample: (w) => ({
    id: w.configId, description: "Contagem diária", processType: "Cadastros", processCode: "demo.count-people", companyIds: [],
    groupCompanies: false, frequency: "daily", startAt: "2026-12-01T09:00", cronMinute: "*", cronHour: "*", cronDayOfMonth: "*",
    cronMonth: "*", cronDayOfWeek: "*", params: { onlyWithMobile: true }, externalAgent: "", active: true,
  }) },
  "scheduler.setActive": { role: "admin", crossCompany: "refused", sample: (w) => ({ id: w.configId, active: false }) },
  "scheduler.delete": { role: "admin", crossCompany: "refused", sample: (w) => ({ id: w.configId }) },
  "scheduler.runNow": { role: "operator", crossCompany: "refused", sample: (w) => ({ configId: w.configId }) },
  "scheduler.cancelRun": { role: "operator", crossCompany: "refused", sample: (w) => ({ id: w.runId }) },
  // Configuration of the logged company or the organization: an outsider acts on its own company, never on A's.
  "rd.testConnection": { role: "admin", crossCompany: "org-wide", sample: () => ({ token: "", chipNumber: "" }) },
  "rd.createMessages": { role: "admin", crossCompany: "org-wide", sample: () => ({ items: [{ templateId: RD_SEED_TEMPLATES[0]!._id, type: "due_boleto", chipId: RD_SEED_CHIPS[0]!._id }] }) },
  "rd.saveMessage": { role: "admin", crossCompany: "refused", sample: (w) => ({ id: w.rdMessageId, chipId: RD_SEED_CHIPS[1]!._id, active: true, fields: ["first_name", "order_number", "order_stage"] }) },
  "rd.deleteMessage": { role: "admin", crossCompany: "refused", sample: (w) => ({ id: w.rdMessageId }) },
  "rd.sendTestMessage": { role: "admin", crossCompany: "refused", sample: (w) => ({ id: w.rdMessageId, phone: "(11) 98765-4321" }) },
  "rd.replicateMessage": { role: "admin", crossCompany: "refused", sample: (w) => ({ id: w.rdMessageId, companyIds: [w.emptyCompany] }) },
  "rdOrderStages.save": { role: "admin", crossCompany: "refused", sample: (w) => ({ companyId: w.companyA, channel: "omni", stages: [{ stage: "shipped", notify: true, messageId: w.rdMessageId }] }) },
  "orders.changeStage": { role: "operator", crossCompany: "refused", sample: (w) => ({ orderId: w.orderId, stage: "shipped" }) },
  "rdContacts.startBatch": { role: "operator", crossCompany: "refused", sample: (w) => ({ selection: "ids", filters: { companyId: w.companyA, name: "", erpCode: "", since: "" }, personIds: [w.candidateId] }) },
  "rdContacts.cancelBatch": { role: "operator", crossCompany: "refused", sample: (w) => ({ id: w.batchId }) },
  "rdContacts.retryFailures": { role: "operator", crossCompany: "refused", sample: (w) => ({ id: w.batchId }) },
  "apiKeys.create": { role: "admin", crossCompany: "org-wide", sample: () => ({ name: "ERP produção" }) },
  "apiKeys.revoke": { role: "admin", crossCompany: "refused", sample: (w) => ({ id: w.apiKeyId }) },
  // Smart CTI rows belong to a user, not a company: inputs without ids can only reach the caller's own rows.
  "ctiManager.saveAgent": { role: "operator", crossCompany: "org-wide", sample: () => ({ agentLogin: "agente", extension: nextExtension(), groupId: "10" }) },
  "ctiManager.saveOperation": {
    role: "operator", crossCompany: "refused", sample: (w) => ({ id: w.ctiOperationId, code: "abrir_pedido", name: "", url: "/pedidos/:detail_code", takesInput: true }),
    prepare: async (_w, actor) => ({ id: await customOperation(actor), code: "abrir_pedido", name: "", url: "/pedidos/:detail_code", takesInput: true }),
  },
  "ctiManager.deleteOperation": { role: "operator", crossCompany: "refused", sample: (w) => ({ id: w.ctiOperationId }), prepare: async (_w, actor) => ({ id: await customOperation(actor) }) },
  "ctiManager.setOperationEnabled": { role: "operator", crossCompany: "refused", sample: (w) => ({ id: w.ctiOperationId, enabled: false }), prepare: async (_w, actor) => ({ id: await customOperation(actor), enabled: false }) },
  "cti.login": { role: "operator", crossCompany: "org-wide", sample: () => ({ password: "1234" }), prepare: async (_w, actor) => { await ctiAgent(actor); return { password: "1234" }; } },
  "cti.logout": { role: "operator", crossCompany: "org-wide", sample: () => ({ justification: "Fim do turno" }), prepare: async (_w, actor) => { await ctiLoggedIn(actor); return { justification: "Fim do turno" }; } },
  "cti.pause": { role: "operator", crossCompany: "org-wide", sample: () => ({}), prepare: async (_w, actor) => { await ctiLoggedIn(actor); return {}; } },
  "cti.resume": { role: "operator", crossCompany: "org-wide", sample: () => ({}), prepare: async (_w, actor) => { await ctiLoggedIn(actor); return {}; } },
  "cti.dial": { role: "operator", crossCompany: "org-wide", sample: () => ({ number: "(11) 98765-4321" }), prepare: async (_w, actor) => { await ctiLoggedIn(actor); return { number: "(11) 98765-4321" }; } },
  // The simulated PBX holds no company data: the sandbox page is an organization-wide admin tool.
  "ctiSandbox.ring": { role: "admin", crossCompany: "org-wide", sample: () => ({ extension: "1999", from: "11987654321", crm: "", erp: "", doc: "", nome: "" }), prepare: async () => ringInput(await inServiceExtension()) },
  "ctiSandbox.answer": { role: "admin", crossCompany: "org-wide", sample: () => ({ callId: "0" }), prepare: async () => ({ callId: await ringingCall() }) },
  "ctiSandbox.hangUp": { role: "admin", crossCompany: "org-wide", sample: () => ({ callId: "0" }), prepare: async () => ({ callId: await ringingCall() }) },
  "ctiSandbox.setFailures": { role: "admin", crossCompany: "org-wide", sample: () => ({ AgentInService: "", LogonPass: "", ReadyPass: "", NotReadyPass: "", LogoffPass: "", AgentOutOfService: "", MakeCall: "" }) },
  "ctiSandbox.reset": { role: "admin", crossCompany: "org-wide", sample: () => ({}) },
  // CRM records go to the caller's logged company; accounts and contacts are people (organization-wide).
  // WhatsApp: configuration of the logged company; an outsider acts on its own company (prepare configures it), never on A's rows.
  "whatsapp.createTemplate": { role: "admin", crossCompany: "org-wide", sample: () => templateDraft(), prepare: async (_w, actor) => { await officialForActor(actor); return templateDraft(); } },
  "whatsapp.syncTemplates": { role: "admin", crossCompany: "org-wide", sample: () => ({}), prepare: async (_w, actor) => { await officialForActor(actor); return {}; } },
  "whatsapp.resubmitTemplate": { role: "admin", crossCompany: "refused", sample: (w) => ({ id: w.rejectedTemplateId, category: "UTILITY", body: "Olá {{1}}, podemos conversar?", examples: ["Ana"] }) },
  "whatsapp.deleteTemplate": { role: "admin", crossCompany: "refused", sample: (w) => ({ id: w.pendingTemplateId }) },
  "whatsapp.mapTemplate": { role: "admin", crossCompany: "refused", sample: (w) => ({ id: w.approvedTemplateId, mapping: ["debtor.first_name"] }) },
  "creditors.save": { role: "admin", crossCompany: "refused", sample: (w) => ({ id: w.creditorId, name: "Credor A alterado", document: "" }) },
  "creditors.setActive": { role: "admin", crossCompany: "refused", sample: (w) => ({ id: w.creditorId, active: false }) },
  "documents.save": { role: "admin", crossCompany: "refused", sample: (w) => ({ id: w.documentId, kind: "agreement_term", name: "Termo A alterado", statementType: null, body: "Eu, #NOME_DEVEDOR#, concordo." }) },
  "documents.delete": { role: "admin", crossCompany: "refused", sample: (w) => ({ id: w.spareDocumentId }) },
  "whatsapp.saveAccountTab": { role: "admin", crossCompany: "refused", sample: (w) => ({ agreementTermId: w.documentId, debtStatementId: null, signingUserId: null, adminUserId: null }) },
  "whatsapp.saveCreditorOverride": { role: "admin", crossCompany: "refused", sample: (w) => ({ creditorId: w.creditorId, agreementTermId: w.documentId, debtStatementId: null }) },
  "whatsapp.removeCreditorOverride": { role: "admin", crossCompany: "refused", sample: (w) => ({ creditorId: w.creditorId }) },
  "whatsapp.saveBotMessage": { role: "admin", crossCompany: "org-wide", sample: () => ({ kind: "welcome", body: "Olá #NOME_DEVEDOR#" }), prepare: async () => ({ kind: "welcome", body: "Olá #NOME_DEVEDOR#" }) },
  "whatsapp.setInteractiveMenu": { role: "admin", crossCompany: "org-wide", sample: () => ({ enabled: false }), prepare: async () => ({ enabled: false }) },
  "whatsapp.setVirtualAssistant": { role: "admin", crossCompany: "org-wide", sample: () => ({ enabled: false }), prepare: async () => ({ enabled: false }) },
  "whatsapp.saveMenuOption": { role: "admin", crossCompany: "refused", sample: (w) => ({ id: w.menuOptionId, label: "Segunda via", active: true }) },
  "whatsapp.moveMenuOption": { role: "admin", crossCompany: "refused", sample: (w) => ({ id: w.menuOptionId, direction: "down" }) },
  // Each user's own notifications: another user's id is not found; a user marks its own.
  "notifications.markRead": { role: "operator", crossCompany: "refused", sample: (w) => ({ id: w.notificationId }), prepare: async (_w, actor) => ({ id: await notificationFor(actor) }) },
  "notifications.markAllRead": { role: "operator", crossCompany: "org-wide", sample: () => ({}), prepare: async () => ({}) },
  "whatsapp.saveOfficialApi": { role: "admin", crossCompany: "org-wide", sample: () => officialInput, prepare: async () => officialInput },
  "whatsapp.saveApiMode": { role: "admin", crossCompany: "org-wide", sample: () => ({ apiMode: "official" }), prepare: async () => ({ apiMode: "official" }) },
  "whatsapp.saveSendAgent": { role: "admin", crossCompany: "org-wide", sample: () => ({ limitPerDay: "100", limitPerBatch: "5" }), prepare: async (_w, actor) => { await officialForActor(actor); return { limitPerDay: "100", limitPerBatch: "5" }; } },
  "whatsapp.connectPlugMessage": { role: "admin", crossCompany: "org-wide", sample: () => ({ token: "" }), prepare: async () => ({ token: "" }) },
  "whatsapp.refreshPlugMessageStatus": { role: "admin", crossCompany: "org-wide", sample: () => ({}), prepare: async () => ({}) },
  "whatsapp.disconnectPlugMessage": { role: "admin", crossCompany: "org-wide", sample: () => ({}), prepare: async () => ({}) },
  "whatsapp.simulatePlugScan": { role: "admin", crossCompany: "org-wide", sample: () => ({ phone: "" }), prepare: async (_w, actor) => {
    const connected = await run("whatsapp.connectPlugMessage", { token: "" }, actor);
    // An operator cannot connect either: the scan it then attempts is refused for its role, which is what is checked.
    if (!connected.ok && connected.code !== "FORBIDDEN") throw new Error(connected.error);
    return { phone: "" };
  } },
  // The Meta simulator's sandbox page: in-process simulator state, no company data.
  "metaSandbox.review": { role: "admin", crossCompany: "org-wide", sample: () => ({ templateId: "1", decision: "APPROVED", reason: "NONE" }), prepare: async (w) => ({ templateId: await metaIdOf(w.pendingTemplateId), decision: "APPROVED", reason: "NONE" }) },
  "metaSandbox.setReviewRules": { role: "admin", crossCompany: "org-wide", sample: () => ({ manualOnly: true, delaySeconds: 0, rejectWords: "proibido" }) },
  "metaSandbox.setStatusOptions": { role: "admin", crossCompany: "org-wide", sample: () => ({ autoRead: true, shufflePercent: 0 }) },
  "metaSandbox.customerMessage": { role: "admin", crossCompany: "org-wide", sample: () => ({ phone: "(11) 98765-4321", name: "Cliente", text: "Oi", wabaId: "" }) },
  "metaSandbox.reset": { role: "admin", crossCompany: "org-wide", sample: () => ({}) },
  "whatsapp.listStartableTemplates": { role: "operator", crossCompany: "org-wide", sample: () => ({}) },
  "whatsapp.previewConversationStart": { role: "operator", crossCompany: "org-wide", sample: (w) => ({ personId: w.personId }) },
  "whatsapp.startConversation": { role: "operator", crossCompany: "org-wide", sample: (w) => ({ personId: w.personId, text: "oi" }), prepare: async (w, actor) => {
    const companyId = await officialForActor(actor);
    const account = await whatsappAccountFor(t.db, companyId);
    const [template] = await t.db.insert(whatsappTemplates).values({
      whatsappAccountId: account.id, companyId, name: `inicio_${actor}`, category: "UTILITY", body: "Olá {{1}}, podemos falar?", examples: ["Ana"],
      status: "approved", mapping: ["debtor.first_name"],
    }).returning();
    const [person] = await t.db.insert(people).values({ kind: "natural", name: "Pessoa WhatsApp" }).returning();
    await t.db.insert(personPhones).values({ personId: person!.id, phoneTypeId: celTypeId, e164: `+55119${String(person!.id).padStart(8, "0")}`, isPrimary: true });
    return { personId: person!.id, templateId: template!.id };
  } },
  "crm.createLead": { role: "operator", crossCompany: "org-wide", sample: () => ({ name: "Lead E2E", phone: "11 98765-4321", email: "", notes: "" }) },
  "crm.createOccurrence": { role: "operator", crossCompany: "org-wide", sample: (w) => ({ accountId: w.personId, contactId: null, typeId: 1, subject: "Assunto", description: "", status: "open" }) },
  "crm.createOpportunity": { role: "operator", crossCompany: "org-wide", sample: (w) => ({ accountId: w.personId, contactId: null, title: "Contrato", amount: "1.234,56", stage: "proposal" }) },
  "crm.createHistory": { role: "operator", crossCompany: "org-wide", sample: (w) => ({ accountId: w.personId, contactId: null, note: "Cliente ligou" }) },
  "crm.createTask": { role: "operator", crossCompany: "org-wide", sample: (w) => ({ accountId: w.personId, contactId: null, title: "Retornar", dueDate: "2026-11-25" }) },
  "people.savePhoneNumber": { role: "operator", crossCompany: "org-wide", sample: (w) => ({ phoneId: w.phoneId, number: `(11) 9${String(7000_0000 + w.phoneId).slice(-8)}` }) },
};

const t = useTestDb();
const clock = fixedClock("2026-11-23T12:00:00Z");
const run = (name: ActionName, input: unknown, userId: number | null) =>
  executeAction(allActions[name] as unknown as ActionDef, input, userId ? { userId } : null, { db: t.db, clock });

/** Fresh company-A data per call, so destructive samples never depend on each other. */
async function world(): Promise<World> {
  const a = await makeCompany(t.db, "Empresa A");
  const b = await makeCompany(t.db, "Empresa B");
  const empty = await makeCompany(t.db, "Empresa sem registros");
  const userA = await makeUser(t.db, "operator", [a.id]);
  const operatorA = await makeUser(t.db, "operator", [a.id]);
  const [person] = await t.db.insert(people).values({ kind: "natural", name: "Pessoa A" }).returning();
  const [phoneType] = await t.db.insert(phoneTypes).values({ code: `X${a.id}`, description: "Tipo A" }).returning();
  const [field] = await t.db.insert(additionalFields).values({ code: `F${a.id}`, label: "Campo A", type: "text" }).returning();
  const [account] = await t.db.insert(providerAccounts).values({ provider: "rdconversas", name: `Conta A${a.id}`, baseUrl: "http://127.0.0.1:9" }).returning();
  const message = (status: "failed" | "queued") => ({
    companyId: a.id, accountId: account!.id, kind: "rd.template", recipient: "+5511999990000", payload: {}, producer: "teste",
    idempotencyKey: `matrix:${a.id}:${status}`, status,
  });
  const [failed, queued] = await t.db.insert(outboxMessages).values([message("failed"), message("queued")]).returning();
  const [config] = await t.db.insert(processConfigs).values({
    companyId: a.id, description: "Contagem diária", processType: "Cadastros", processCode: "demo.count-people",
    frequency: "daily", startAt: new Date("2026-12-01T12:00:00Z"),
  }).returning();
  const [run] = await t.db.insert(processRuns).values({
    configId: config!.id, scheduledFor: new Date("2026-11-23T11:00:00Z"), companyScope: String(a.id), companyIds: [a.id],
    referenceDate: "2026-11-23", trigger: "manual",
  }).returning();
  const [candidate] = await t.db.insert(people).values({ kind: "natural", name: "Cliente com celular" }).returning();
  await t.db.insert(personPhones).values({ personId: candidate!.id, phoneTypeId: celTypeId, e164: `+55119${String(candidate!.id).padStart(8, "0")}`, isPrimary: true });
  const shipped = RD_SEED_TEMPLATES.find((x) => x.name === "pedido_enviado")!;
  const [rdMessage] = await t.db.insert(rdMessages).values({
    companyId: a.id, type: "order:shipped", templateId: shipped._id, templateName: shipped.name, templateText: shipped.text, variableCount: 3,
    chipId: RD_SEED_CHIPS[0]!._id, chipLabel: RD_SEED_CHIPS[0]!.name, fields: ["first_name", "order_number", "order_stage"],
  }).returning();
  const [order] = await t.db.insert(orders).values({ companyId: a.id, personId: candidate!.id, channel: "omni", number: `OM${a.id}`, stage: "invoiced" }).returning();
  // A running batch with one contact still queued (to cancel) and one failed (to retry).
  const [batch] = await t.db.insert(rdContactBatches).values({ companyId: a.id, total: 2 }).returning();
  const contact = (status: "failed" | "queued", personId: number) => ({
    companyId: a.id, accountId: account!.id, kind: "rd.contact", recipient: `+55119${String(personId).padStart(8, "0")}`, personId,
    payload: { name: "Contato", channelId: RD_SEED_CHIPS[0]!._id }, producer: "batch:PESFP079", idempotencyKey: `matrix-contact:${a.id}:${status}`, status,
  });
  const batchRows = await t.db.insert(outboxMessages).values([contact("queued", person!.id), contact("failed", candidate!.id)]).returning();
  await t.db.insert(rdContactBatchItems).values(batchRows.map((r) => ({ batchId: batch!.id, personId: r.personId!, messageId: r.id })));
  const [apiKey] = await t.db.insert(apiKeys).values({ companyId: a.id, name: "ERP", prefix: "rk_teste", hash: `hash-${a.id}` }).returning();
  await ctiAgent(operatorA.id);
  const ctiOperationId = await customOperation(operatorA.id);
  const [phone] = await t.db.select({ id: personPhones.id }).from(personPhones).where(eq(personPhones.personId, candidate!.id));
  const [creditor] = await t.db.insert(creditors).values({ companyId: a.id, name: `Credor A${a.id}` }).returning();
  const [document] = await t.db.insert(documentTemplates).values({ companyId: a.id, kind: "agreement_term", name: "Termo A", body: "Eu, #NOME_DEVEDOR#, concordo." }).returning();
  const [spare] = await t.db.insert(documentTemplates).values({ companyId: a.id, kind: "debt_statement", statementType: "original_title", name: "Demonstrativo A", body: "Débitos de #NOME_DEVEDOR#." }).returning();
  await officialForCompany(a.id);
  const waAccount = await whatsappAccountFor(t.db, a.id);
  await t.db.insert(whatsappCreditorSettings).values({ whatsappAccountId: waAccount.id, creditorId: creditor!.id, agreementTermId: document!.id });
  const [menuOption] = await t.db.select({ id: whatsappMenuOptions.id }).from(whatsappMenuOptions)
    .where(eq(whatsappMenuOptions.whatsappAccountId, waAccount.id)).orderBy(whatsappMenuOptions.position).limit(1);
  const notificationId = await notificationFor(userA.id, a.id);
  const rejectedTemplateId = await metaTemplate(a.id, "REJECTED");
  const approvedTemplateId = await metaTemplate(a.id, "APPROVED");
  const pendingTemplateId = await metaTemplate(a.id, null);
  return {
    menuOptionId: menuOption!.id, notificationId,
    creditorId: creditor!.id, documentId: document!.id, spareDocumentId: spare!.id, rejectedTemplateId, approvedTemplateId, pendingTemplateId,
    ctiOperationId, phoneId: phone!.id,
    rdMessageId: rdMessage!.id, orderId: order!.id, batchId: Number(batch!.id), apiKeyId: apiKey!.id, candidateId: candidate!.id,
    companyA: a.id, companyB: b.id, emptyCompany: empty.id, userA: userA.id, operatorA: operatorA.id, personId: person!.id, phoneTypeId: phoneType!.id, fieldId: field!.id,
    failedMessageId: failed!.id, queuedMessageId: queued!.id, configId: config!.id, runId: Number(run!.id),
  };
}

let extensionCounter = 3000;
const nextExtension = () => String(extensionCounter++);

/** A CTI agent identity for the user, on an extension of its own. */
async function ctiAgent(userId: number) {
  await t.db.insert(ctiAgents).values({ userId, agentLogin: `agente${userId}`, extension: nextExtension(), groupId: "10" })
    .onConflictDoNothing();
}

async function customOperation(userId: number): Promise<number> {
  const [op] = await t.db.insert(ctiOperations).values({ userId, code: `op_${userId}_${extensionCounter++}`, name: "Op", url: "/x" }).returning();
  return op!.id;
}

/** The user logged in to the simulated PBX through the real login sequence. */
async function ctiLoggedIn(userId: number) {
  await ctiAgent(userId);
  const ctx = await loadContext(t.db, userId, clock);
  await ctiLogin({ ctx, input: { password: "1234", takeOver: false } }, createSmartCtiCommands({ url: pbx.url }));
}

async function inServiceExtension(): Promise<string> {
  const extension = nextExtension();
  await createSmartCtiCommands({ url: pbx.url }).agentInService({ device: extension, callbackUrl: "http://127.0.0.1:9/api/cti/soap" });
  return extension;
}
const ringInput = (extension: string) => ({ extension, from: "11987654321", crm: "", erp: "", doc: "", nome: "" });
async function ringingCall(): Promise<string> {
  const rung = ringPbx(pbx.state, { extension: await inServiceExtension(), from: "11987654321", associatedData: "" });
  if (!rung.ok) throw new Error(rung.message);
  return rung.call.callId;
}

/** A notification for the user (on its logged company unless given), returning its id. */
async function notificationFor(userId: number, companyId?: number): Promise<number> {
  const company = companyId ?? (await loadContext(t.db, userId, clock)).companyId;
  const key = `matriz:${userId}:${Math.random()}`;
  await notifyUser(t.db, { userId, companyId: company, title: "Aviso de teste", dedupeKey: key });
  const [row] = await t.db.select({ id: notifications.id }).from(notifications).where(eq(notifications.dedupeKey, key));
  return Number(row!.id);
}

let wabaCounter = 0;
const META_TOKEN = "tok-matriz";

/** The company's WhatsApp account on the official API against the Meta simulator, with an app registered there. */
async function officialForCompany(companyId: number) {
  const account = await whatsappAccountFor(t.db, companyId);
  if (account.officialAccountId) return;
  const wabaId = String(7_000_000 + ++wabaCounter);
  const phoneNumberId = String(8_000_000 + wabaCounter);
  const [provider] = await t.db.insert(providerAccounts).values({
    provider: "meta", name: `Meta ${companyId}`, baseUrl: meta.baseUrl,
    credentials: { token: encryptSecret(META_TOKEN), appSecret: encryptSecret("segredo"), verifyToken: encryptSecret("verifica"), wabaId, phoneNumberId },
  }).returning();
  await t.db.update(whatsappAccounts).set({ officialAccountId: provider!.id }).where(eq(whatsappAccounts.id, account.id));
  meta.state.apps.push({ wabaId, phoneNumberId, displayPhoneNumber: "5511999990000", token: META_TOKEN, appSecret: "segredo", verifyToken: "verifica", callbackUrl: "http://127.0.0.1:9/webhook", registeredAt: new Date() });
}

/** The actor's logged company, configured for the official API. */
async function officialForActor(actorId: number): Promise<number> {
  const ctx = await loadContext(t.db, actorId, clock);
  await officialForCompany(ctx.companyId);
  return ctx.companyId;
}

async function metaIdOf(templateId: number): Promise<string> {
  const [row] = await t.db.select({ metaTemplateId: whatsappTemplates.metaTemplateId }).from(whatsappTemplates).where(eq(whatsappTemplates.id, templateId));
  return row!.metaTemplateId!;
}

const officialInput = { wabaId: "123456", phoneNumberId: "654321", token: "t".repeat(24), appSecret: "s".repeat(20), verifyToken: "verifica123" };
const templateDraft = () => ({ name: `modelo_${Math.floor(Math.random() * 1e9)}`, category: "UTILITY", body: "Olá {{1}}, podemos falar?", examples: ["Ana"] });

/** A template of the company created at the Meta simulator and left there with the given review decision (null: pending). */
async function metaTemplate(companyId: number, decision: "APPROVED" | "REJECTED" | null): Promise<number> {
  const account = await whatsappAccountFor(t.db, companyId);
  const [provider] = await t.db.select().from(providerAccounts).where(eq(providerAccounts.id, account.officialAccountId!));
  const credentials = provider!.credentials as { wabaId: string; phoneNumberId: string };
  const name = `modelo_${companyId}_${Math.floor(Math.random() * 1e9)}`;
  const body = "Olá {{1}}, podemos falar?";
  const created = await createMetaTemplate({ baseUrl: meta.baseUrl, token: META_TOKEN, wabaId: credentials.wabaId, phoneNumberId: credentials.phoneNumberId }, { name, category: "UTILITY", body, examples: ["Ana"] });
  if (!created.ok) throw new Error(created.message);
  if (decision) reviewMetaTemplate(meta.state, created.id, { decision, ...(decision === "REJECTED" ? { reason: "INVALID_FORMAT" } : {}) });
  const [row] = await t.db.insert(whatsappTemplates).values({
    whatsappAccountId: account.id, companyId, name, category: "UTILITY", body, examples: ["Ana"], metaTemplateId: created.id,
    status: decision === "APPROVED" ? "approved" : decision === "REJECTED" ? "rejected" : "pending",
  }).returning();
  return row!.id;
}

let shared: World;
let meta: Awaited<ReturnType<typeof startMetaSimulatorServer>>;
let plug: Awaited<ReturnType<typeof startPlugSimulatorServer>>;
let pbx: Awaited<ReturnType<typeof startPbxServer>>;
let celTypeId: number;
let sim: Awaited<ReturnType<typeof startRdSimulatorServer>>;
beforeAll(async () => {
  pbx = await startPbxServer({ state: pbxSandboxState() });
  process.env.SMARTCTI_URL = pbx.url;
  process.env.APP_BASE_URL = "http://127.0.0.1:9";
  sim = await startRdSimulatorServer();
  process.env.RDCONVERSAS_BASE_URL = sim.baseUrl;
  meta = await startMetaSimulatorServer({ state: metaSandboxState() });
  plug = await startPlugSimulatorServer();
  process.env.PLUGMESSAGE_BASE_URL = plug.baseUrl;
  meta.state.setReviewRules({ autoReviewMs: null });
  ({ celTypeId } = await configureRdModule(t.db));
  shared = await world();
});
afterAll(async () => {
  await meta.close();
  await plug.close();
  await sim.close();
  await pbx.close();
});

describe("authorization matrix", () => {
  it("has a rule for every registered action and no rule for a missing one", () => {
    expect(Object.keys(rules).sort()).toEqual(Object.keys(allActions).sort());
  });

  it("matches each action's declared role", () => {
    for (const [name, rule] of Object.entries(rules)) expect(allActions[name as ActionName].role, name).toBe(rule.role);
  });

  it("every \"use server\" export only forwards to runAction with a registered name", () => {
    const files: string[] = [];
    const walk = (dir: string) => readdirSync(dir, { withFileTypes: true }).forEach((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(e.name) && /^\s*["']use server["']/.test(readFileSync(full, "utf8"))) files.push(full);
    });
    walk("app");
    expect(files.length).toBeGreaterThan(0);
    const allowedOutsideWrapper = new Set(["login", "logout"]); // sign-in/out run before/after a session exists
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      const exported = [...source.matchAll(/export\s+async\s+function\s+(\w+)/g)].map((m) => m[1]!);
      for (const fn of exported) {
        if (allowedOutsideWrapper.has(fn)) continue;
        const body = new RegExp(`function\\s+${fn}\\s*\\([^)]*\\)[^{]*\\{\\s*return\\s+runAction\\("([^"]+)",\\s*\\w+\\);?\\s*\\}`).exec(source);
        expect(body, `${file}: ${fn} must be \`return runAction("name", input)\``).not.toBeNull();
        expect(Object.keys(allActions), `${file}: ${fn}`).toContain(body![1]);
      }
      expect(/export\s+(const|let|default)/.test(source), `${file} exports something other than functions`).toBe(false);
    }
  });

  describe.each(Object.entries(rules) as [ActionName, Rule][])("%s", (name, rule) => {
    it("refuses anonymous callers", async () => {
      expect(await run(name, rule.sample(shared), null)).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    });

    it(rule.role === "admin" ? "refuses operators" : "lets operators in", async () => {
      const w = await world();
      const result = await run(name, rule.prepare ? await rule.prepare(w, w.operatorA) : rule.sample(w), w.operatorA);
      if (rule.role === "admin") expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
      else expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    });

    it(rule.crossCompany === "refused" ? "refuses a user of another company" : "is shared across companies", async () => {
      const w = await world();
      const outsider = await makeUser(t.db, rule.role, [w.companyB]);
      const own = rule.crossCompany === "org-wide" && rule.prepare;
      const result = await run(name, own ? await rule.prepare!(w, outsider.id) : rule.sample(w), outsider.id);
      if (rule.crossCompany === "refused") {
        expect(result.ok, JSON.stringify(result)).toBe(false);
        expect(["FORBIDDEN", "NOT_FOUND"]).toContain((result as { code: string }).code);
      } else {
        expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
      }
    });

    it("is allowed for a granted user with the right role", async () => {
      const w = await world();
      const insider = await makeUser(t.db, rule.role === "admin" ? "admin" : "operator", [w.companyA, w.emptyCompany]);
      // An admin can only manage a user whose companies it holds: the sample user is granted company A only.
      const result = await run(name, rule.prepare ? await rule.prepare(w, insider.id) : rule.sample(w), insider.id);
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    });
  });
});
