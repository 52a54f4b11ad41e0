import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { adminState, createUser, e2eDatabaseUrl, operatorState, signIn } from "./support";

/**
 * Every page and route handler under app/ must have a rule here; a new one without a rule fails this spec.
 * "signed-in": any active user; "admin": admins only (404 for operators); "public": no session needed.
 * company: "owned" pages show one company's record and must answer 404 to users not granted that company.
 */
type Rule = { access: "public" | "signed-in" | "admin"; company?: "owned" };

const pageRules: Record<string, Rule> = {
  "/": { access: "signed-in" },
  "/login": { access: "public" },
  "/people": { access: "signed-in" },
  "/people/new": { access: "signed-in" },
  "/people/[id]": { access: "signed-in" },
  "/orders/[id]": { access: "signed-in", company: "owned" },
  "/admin/companies": { access: "admin" },
  "/admin/users": { access: "admin" },
  "/admin/phone-types": { access: "admin" },
  "/admin/additional-fields": { access: "admin" },
  "/admin/parameters": { access: "admin" },
  "/admin/audit": { access: "admin" },
  "/scheduler": { access: "signed-in" },
  "/scheduler/[id]": { access: "signed-in", company: "owned" },
  "/scheduler/runs/[id]": { access: "signed-in", company: "owned" },
  "/messages": { access: "signed-in" },
  "/messages/[id]": { access: "signed-in", company: "owned" },
  "/admin/sandbox/inbox": { access: "admin" },
  "/admin/sandbox/faults": { access: "admin" },
  "/admin/api-keys": { access: "admin" },
  "/integrations/rd-conversas": { access: "admin" },
  "/integrations/rd-conversas/order-stages": { access: "admin" },
  "/people/send-contacts": { access: "signed-in" },
  "/people/send-contacts/batches/[id]": { access: "signed-in", company: "owned" },
  "/cti/manager": { access: "signed-in" },
  "/cti/history": { access: "signed-in" },
  "/cti/calls": { access: "signed-in" },
  "/admin/sandbox/pbx": { access: "admin" },
  "/crm/accounts": { access: "signed-in" },
  "/crm/accounts/new": { access: "signed-in" },
  "/crm/accounts/[id]": { access: "signed-in" },
  "/crm/contacts/new": { access: "signed-in" },
  "/crm/leads": { access: "signed-in" },
  "/crm/leads/new": { access: "signed-in" },
  "/crm/occurrences": { access: "signed-in" },
  "/crm/occurrences/new": { access: "signed-in" },
  "/crm/occurrences/[id]": { access: "signed-in", company: "owned" },
  "/crm/opportunities": { access: "signed-in" },
  "/crm/opportunities/new": { access: "signed-in" },
  "/crm/opportunities/[id]": { access: "signed-in", company: "owned" },
  "/crm/history": { access: "signed-in" },
  "/crm/history/new": { access: "signed-in" },
  "/crm/tasks": { access: "signed-in" },
  "/crm/tasks/new": { access: "signed-in" },
  "/notifications": { access: "signed-in" },
  "/whatsapp": { access: "admin" },
  "/whatsapp/creditors": { access: "admin" },
  "/whatsapp/bot-messages": { access: "admin" },
  "/whatsapp/settings": { access: "admin" },
  "/whatsapp/menu": { access: "admin" },
  "/whatsapp/templates": { access: "admin" },
  "/whatsapp/templates/new": { access: "admin" },
  "/whatsapp/templates/[id]": { access: "admin", company: "owned" },
  "/admin/creditors": { access: "admin" },
  "/admin/documents": { access: "admin" },
  "/admin/documents/new": { access: "admin" },
  "/admin/documents/[id]": { access: "admin", company: "owned" },
  "/admin/sandbox/meta": { access: "admin" },
};

/**
 * "api-key": the ERP ingestion API, answered only with a Bearer API key (a browser session is not enough).
 * "soap": a SOAP endpoint the PBX calls without a session; a malformed envelope must reach it and get a Fault (400).
 */
/** "webhook": Meta's callback, no session; it answers for itself (403 wrong verify token / 404 unknown account), never a login redirect. */
const routeRules: Record<string, { access: "public" | "signed-in" | "admin" | "api-key" | "soap" | "webhook"; probe: string }> = {
  "/api/health": { access: "public", probe: "/api/health" },
  "/api/auth/[...nextauth]": { access: "public", probe: "/api/auth/session" },
  "/api/scheduler/runs/[id]": { access: "signed-in", probe: "/api/scheduler/runs/1" },
  "/api/sandbox/rdconversas/[...path]": { access: "public", probe: "/api/sandbox/rdconversas/_sandbox/state" },
  "/api/rd/contact-batches/[id]": { access: "signed-in", probe: "/api/rd/contact-batches/1" },
  "/api/v1/openapi.json": { access: "public", probe: "/api/v1/openapi.json" },
  "/api/v1/people": { access: "api-key", probe: "/api/v1/people" },
  "/api/v1/receivables": { access: "api-key", probe: "/api/v1/receivables" },
  "/api/v1/orders": { access: "api-key", probe: "/api/v1/orders" },
  "/api/cti/soap": { access: "soap", probe: "/api/cti/soap" },
  "/api/cti/events": { access: "signed-in", probe: "/api/cti/events?after=0" },
  "/api/cti/dialing-list": { access: "signed-in", probe: "/api/cti/dialing-list" },
  "/api/cti/state": { access: "signed-in", probe: "/api/cti/state" },
  "/api/cti/identify": { access: "signed-in", probe: "/api/cti/identify?phone=11987654321" },
  "/api/sandbox/smartcti/[...path]": { access: "public", probe: "/api/sandbox/smartcti/SmartCTIWSCommand?wsdl" },
  "/api/sandbox/meta/[...path]": { access: "public", probe: "/api/sandbox/meta/_sandbox/state" },
  "/api/sandbox/plugmessage/[...path]": { access: "public", probe: "/api/sandbox/plugmessage/_sandbox/state" },
  "/api/webhooks/whatsapp/[accountId]": { access: "webhook", probe: "/api/webhooks/whatsapp/1?hub.mode=subscribe&hub.verify_token=errado&hub.challenge=123" },
  "/api/whatsapp/plugmessage/status": { access: "admin", probe: "/api/whatsapp/plugmessage/status" },
  "/api/notifications/unread": { access: "signed-in", probe: "/api/notifications/unread" },
};

function discover(file: "page.tsx" | "route.ts"): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === file) {
        const route = path.dirname(path.relative("app", full)).split(path.sep)
          .filter((segment) => segment !== "." && !/^\(.*\)$/.test(segment)).join("/");
        found.push(`/${route}`);
      }
    }
  };
  walk("app");
  return found.sort();
}

async function sampleIds() {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const person = await client.query<{ id: number }>("select id from people order by id limit 1");
    const order = await client.query<{ id: number }>(
      "select o.id from orders o join companies c on c.id = o.company_id where c.code = '03' order by o.id limit 1");
    const config = await client.query<{ id: number }>(
      "select p.id from process_configs p join companies c on c.id = p.company_id where c.code = '03' order by p.id limit 1");
    // A manual run of company 03's demo configuration, keyed on the configuration's creation so reruns reuse it.
    const run = await client.query<{ id: string }>(
      `with wanted as (
         select id as config_id, created_at as scheduled_for, company_id from process_configs where id = $1
       ), inserted as (
         insert into process_runs (config_id, scheduled_for, company_scope, company_ids, reference_date, trigger)
         select config_id, scheduled_for, company_id::text, array[company_id], (scheduled_for at time zone 'America/Sao_Paulo')::date, 'manual'
         from wanted on conflict do nothing returning id
       )
       select id from inserted union all
       select r.id from process_runs r join wanted w on w.config_id = r.config_id and w.scheduled_for = r.scheduled_for`,
      [config.rows[0]?.id]);
    // A cancelled message of company 03 (never dispatched), keyed so reruns reuse it.
    const message = await client.query<{ id: string }>(
      `with account as (select id from provider_accounts order by id limit 1), inserted as (
         insert into outbox_messages (company_id, account_id, kind, recipient, payload, producer, idempotency_key, status)
         select c.id, a.id, 'rd.template', '+5511999990000', '{}'::jsonb, 'e2e', 'e2e:access-matrix', 'cancelled'
         from companies c cross join account a where c.code = '03'
         on conflict (idempotency_key) do nothing returning id
       )
       select id from inserted union all select id from outbox_messages where idempotency_key = 'e2e:access-matrix'`);
    // A PESFP079 batch of company 03, marked so reruns reuse it.
    const batch = await client.query<{ id: string }>(
      `with existing as (select id from rd_contact_batches where filters->>'e2e' = 'access-matrix'), inserted as (
         insert into rd_contact_batches (company_id, filters, status)
         select id, '{"e2e":"access-matrix"}'::jsonb, 'finished' from companies where code = '03' and not exists (select 1 from existing)
         returning id
       )
       select id from inserted union all select id from existing`);
    // An occurrence and an opportunity of company 03, keyed so reruns reuse them.
    const occurrence = await client.query<{ id: number }>(
      `with inserted as (
         insert into crm_occurrences (company_id, protocol, type_id, subject, account_id, created_by)
         select c.id, 'OC-E2E-ACCESS', (select min(id) from crm_occurrence_types), 'Acesso', $1, (select min(id) from users)
         from companies c where c.code = '03' on conflict (protocol) do nothing returning id
       )
       select id from inserted union all select id from crm_occurrences where protocol = 'OC-E2E-ACCESS'`, [person.rows[0]?.id]);
    const opportunity = await client.query<{ id: number }>(
      `with existing as (select id from crm_opportunities where title = 'E2E acesso'), inserted as (
         insert into crm_opportunities (company_id, account_id, title, stage, created_by)
         select c.id, $1, 'E2E acesso', 'proposal', (select min(id) from users) from companies c
         where c.code = '03' and not exists (select 1 from existing) returning id
       )
       select id from inserted union all select id from existing`, [person.rows[0]?.id]);
    // A WhatsApp template and a document template of company 03, keyed so reruns reuse them.
    await client.query("insert into whatsapp_accounts (company_id) select id from companies where code = '03' on conflict do nothing");
    const template = await client.query<{ id: number }>(
      `with account as (select a.id, a.company_id from whatsapp_accounts a join companies c on c.id = a.company_id where c.code = '03'),
       inserted as (
         insert into whatsapp_templates (whatsapp_account_id, company_id, name, category, body, status)
         select id, company_id, 'e2e_acesso', 'UTILITY', 'Olá {{1}}, tudo bem?', 'approved' from account on conflict do nothing returning id
       )
       select id from inserted union all
       select t.id from whatsapp_templates t join account a on a.id = t.whatsapp_account_id where t.name = 'e2e_acesso'`);
    const document = await client.query<{ id: number }>(
      `with company as (select id from companies where code = '03'), inserted as (
         insert into document_templates (company_id, kind, name, body)
         select id, 'agreement_term', 'E2E acesso', 'Eu, #NOME_DEVEDOR#, concordo.' from company on conflict do nothing returning id
       )
       select id from inserted union all
       select d.id from document_templates d join company c on c.id = d.company_id where d.name = 'E2E acesso'`);
    return {
      foreignTemplate: template.rows[0]?.id, foreignDocument: document.rows[0]?.id,
      foreignOccurrence: occurrence.rows[0]?.id, foreignOpportunity: opportunity.rows[0]?.id,
      foreignBatch: Number(batch.rows[0]?.id) || undefined,
      person: person.rows[0]?.id, foreignOrder: order.rows[0]?.id, foreignConfig: config.rows[0]?.id,
      foreignRun: Number(run.rows[0]?.id) || undefined, foreignMessage: Number(message.rows[0]?.id) || undefined,
    };
  } finally {
    await client.end();
  }
}

async function concrete(route: string): Promise<string> {
  const ids = await sampleIds();
  const map: Record<string, number | undefined> = {
    "/people/[id]": ids.person, "/orders/[id]": ids.foreignOrder, "/scheduler/[id]": ids.foreignConfig, "/scheduler/runs/[id]": ids.foreignRun,
    "/messages/[id]": ids.foreignMessage, "/people/send-contacts/batches/[id]": ids.foreignBatch,
    "/crm/accounts/[id]": ids.person, "/crm/occurrences/[id]": ids.foreignOccurrence, "/crm/opportunities/[id]": ids.foreignOpportunity,
    "/whatsapp/templates/[id]": ids.foreignTemplate, "/admin/documents/[id]": ids.foreignDocument,
  };
  if (!route.includes("[")) return route;
  const id = map[route];
  expect(id, `sample id for ${route} (demo data must provide one)`).toBeTruthy();
  return route.replace(/\[[^\]]+\]/, String(id));
}

async function statusOf(page: Page, url: string) {
  const response = await page.goto(url);
  return { status: response?.status() ?? 0, finalPath: new URL(page.url()).pathname };
}

test("every page and route handler has an access rule", () => {
  expect(discover("page.tsx")).toEqual(Object.keys(pageRules).sort());
  expect(discover("route.ts")).toEqual(Object.keys(routeRules).sort());
});

test.describe("anonymous", () => {
  for (const [route, rule] of Object.entries(pageRules)) {
    test(`page ${route}`, async ({ page }) => {
      const { finalPath } = await statusOf(page, await concrete(route));
      if (rule.access === "public") expect(finalPath).toBe(route);
      else expect(finalPath).toBe("/login");
    });
  }
  for (const [route, rule] of Object.entries(routeRules)) {
    test(`route ${route}`, async ({ request }) => {
      const response = rule.access === "api-key"
        ? await request.post(rule.probe, { data: {}, maxRedirects: 0 })
        : rule.access === "soap"
          ? await request.post(rule.probe, { data: "<not-soap/>", headers: { "content-type": "text/xml" }, maxRedirects: 0 })
          : await request.get(rule.probe, { maxRedirects: 0 });
      if (rule.access === "public") expect(response.status()).toBe(200);
      else if (rule.access === "soap") expect(response.status()).toBe(400);
      else if (rule.access === "webhook") expect([403, 404]).toContain(response.status());
      else expect([401, 302, 307]).toContain(response.status());
    });
  }
});

test.describe("operator", () => {
  test.use({ storageState: operatorState });
  for (const [route, rule] of Object.entries(pageRules)) {
    if (rule.access === "public") continue;
    test(`page ${route}`, async ({ page }) => {
      const { status } = await statusOf(page, await concrete(route));
      // The operator is granted companies 01 and 02 only: a company-03 record is as good as missing.
      const expected = rule.access === "admin" || rule.company === "owned" ? 404 : 200;
      expect(status).toBe(expected);
    });
  }
});

test.describe("signed-in admin without an API key", () => {
  test.use({ storageState: adminState });
  test("cannot write through the ingestion API with its browser session", async ({ request }) => {
    for (const [route, rule] of Object.entries(routeRules)) {
      if (rule.access !== "api-key") continue;
      expect((await request.post(rule.probe, { data: { people: [] } })).status(), route).toBe(401);
    }
  });
});

test.describe("admin of another company", () => {
  test("cannot open records of companies it was not granted, but opens the admin screens", async ({ page }) => {
    test.setTimeout(180_000); // every page of the app, one after another
    const outsider = await createUser({ role: "admin", companyCodes: ["01"] });
    await signIn(page, outsider);
    for (const [route, rule] of Object.entries(pageRules)) {
      if (rule.access === "public") continue;
      const { status } = await statusOf(page, await concrete(route));
      expect(status, route).toBe(rule.company === "owned" ? 404 : 200);
    }
  });
});

test.describe("admin", () => {
  test.use({ storageState: adminState });
  test("opens every page, including company-owned records of granted companies", async ({ page }) => {
    test.setTimeout(180_000); // every page of the app, one after another
    for (const [route, rule] of Object.entries(pageRules)) {
      if (rule.access === "public") continue;
      const { status } = await statusOf(page, await concrete(route));
      expect(status, route).toBe(200);
    }
  });
});
