import { expect, test, type Browser, type Page } from "@playwright/test";
import { adminState, createUser, signIn, e2eSql as sql } from "./support";

/**
 * Issue 6 against the simulated PBX: an operator takes over a busy extension and logs in, a ring with associated data
 * pops the right account with the calling contact selected, an operation opens with the CRM parameters, a number is
 * dialled through MakeCall, an unknown caller offers a new lead, and the logout (with justification) reaches the usage
 * history. A LogonPass failure names the step and leaves the extension out of service.
 */
test.describe.configure({ mode: "serial" });

async function operatorPage(browser: Browser) {
  const user = await createUser({ role: "operator", companyCodes: ["01", "02"] });
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user);
  return { user, page };
}

async function saveAgent(page: Page, extension: string) {
  await page.goto("/cti/manager", { waitUntil: "networkidle" });
  await page.getByLabel("Login do agente").fill(`agente${extension}`);
  await page.getByLabel("Ramal").fill(extension);
  await page.getByLabel("Grupo").fill("10");
  await page.getByRole("button", { name: "Salvar" }).first().click();
  await expect(page.getByRole("link", { name: "Iniciar" })).toBeVisible();
}

async function ring(admin: Page, input: { extension: string; from: string; doc?: string }) {
  // The form prefills the first extension once hydrated: fill after that, and check what it holds.
  await admin.goto("/admin/sandbox/pbx", { waitUntil: "networkidle" });
  const extension = admin.getByLabel("Ramal");
  // Filled again if hydration's prefill landed on top of what was typed.
  await expect(async () => {
    await extension.fill(input.extension);
    await expect(extension).toHaveValue(input.extension, { timeout: 500 });
  }).toPass({ timeout: 10_000 });
  await admin.getByLabel("Número de origem").fill(input.from);
  await admin.getByLabel("CPF/CNPJ").fill(input.doc ?? "");
  await admin.getByRole("button", { name: "Tocar ramal" }).click();
  await expect(admin.getByRole("table", { name: "Chamadas do PBX simulado, mais recentes primeiro" })).toContainText(input.from.replace(/\D/g, "").slice(-8, -4));
}

test("operator takes over a busy extension, a ring pops the account, operations, click-to-dial, logout with justification", async ({ browser }) => {
  test.setTimeout(120_000);
  const extension = String(7000 + Math.floor(Math.random() * 900));
  // Someone else holds the extension in our session records.
  const holder = await createUser({ role: "operator", companyCodes: ["01"] });
  await sql("insert into cti_agents (user_id, agent_login, extension, group_id) values ($1, 'outro', $2, '10')", [holder.id, extension]);
  await sql("insert into cti_sessions (user_id, extension, agent_login, group_id, status) values ($1, $2, 'outro', '10', 'ready')", [holder.id, extension]);
  // "Solicita justificativa ao efetuar logout da URA?" on.
  await sql("delete from settings where code = 'CTI_SMART_CTI' and company_id is null");
  await sql(`insert into settings (code, company_id, value) values ('CTI_SMART_CTI', null, '{"serverUrl":"","askLogoutJustification":true}')`);

  const { page } = await operatorPage(browser);
  await saveAgent(page, extension);
  await page.getByRole("link", { name: "Iniciar" }).click();
  const panel = page.getByRole("region", { name: "Cliente CTI" });
  await expect(panel).toContainText(`Ramal ${extension} em uso por`);
  await panel.getByLabel("Senha do agente").fill("1234");
  await panel.getByRole("button", { name: "Assumir e entrar" }).click();
  await expect(panel).toContainText("Disponível");

  // An account with a contact that has a phone: the PBX rings from the contact's number with the account's CPF/CNPJ.
  const [target] = await sql<{ account_id: number; account_name: string; document: string; contact_id: number; contact_name: string; e164: string }>(`
    select a.id as account_id, a.name as account_name, a.document, c.id as contact_id, c.name as contact_name, ph.e164
    from people a join people c on c.account_id = a.id join person_phones ph on ph.person_id = c.id
    where a.account_id is null and a.document is not null order by a.id limit 1`);
  expect(target, "demo data has an account with a contact phone").toBeTruthy();
  const adminContext = await browser.newContext({ storageState: adminState });
  const admin = await adminContext.newPage();
  await ring(admin, { extension, from: target!.e164.replace(/^\+55/, ""), doc: target!.document });

  await expect(panel.getByRole("radio", { name: target!.account_name })).toBeChecked({ timeout: 30_000 });
  await expect(panel.getByRole("radio", { name: new RegExp(target!.contact_name) })).toBeChecked();
  const popup = page.waitForEvent("popup");
  await panel.getByRole("button", { name: "Nova ocorrência" }).click();
  const occurrencePage = await popup;
  const opened = new URL(occurrencePage.url());
  expect(opened.pathname).toBe("/crm/occurrences/new");
  expect(opened.searchParams.get("num_id_pessoa")).toBe(String(target!.account_id));
  expect(opened.searchParams.get("num_id_contato")).toBe(String(target!.contact_id));
  // The occurrence screen opens prefilled with that account and contact, and records the call's subject.
  await expect(occurrencePage.getByText(target!.account_name).first()).toBeVisible();
  await expect(occurrencePage.getByText(target!.contact_name).first()).toBeVisible();
  await occurrencePage.getByLabel("Assunto").fill("Ligação recebida pelo CTI");
  await occurrencePage.getByRole("button", { name: "Salvar" }).click();
  await expect(occurrencePage.getByRole("heading", { name: /^Ocorrência OC\d{14}$/ })).toBeVisible();
  await occurrencePage.close();

  // An unknown caller offers a new lead.
  await ring(admin, { extension, from: "(11) 3333-0101" });
  await expect(panel).toContainText("Chamador não identificado", { timeout: 30_000 });
  await expect(panel.getByRole("button", { name: "Novo lead" })).toBeVisible();

  // Click-to-dial on the account's page reaches the PBX as an outbound call (double click dials at once).
  await page.goto(`/people/${target!.account_id}`);
  const phone = page.getByTitle("Clique para discar; duplo clique disca direto").first();
  const dialled = (await phone.textContent())!.replace(/\D/g, "");
  await phone.dblclick();
  await expect(async () => {
    await admin.goto("/admin/sandbox/pbx");
    await expect(admin.getByRole("table", { name: "Chamadas do PBX simulado, mais recentes primeiro" })).toContainText(dialled.slice(-8, -4));
  }).toPass({ timeout: 20_000 });

  // Logout asks for the justification (parameter on) and lands in the usage history.
  await panel.getByRole("button", { name: "Sair do CTI" }).click();
  await panel.getByRole("button", { name: "Confirmar saída" }).click();
  await expect(panel).toContainText(/justificativa/i);
  await panel.getByLabel("Justificativa").fill("Fim do turno E2E");
  await panel.getByRole("button", { name: "Confirmar saída" }).click();
  // Logged out, the docked client closes (it was opened from the manager, not this page).
  await expect(panel).toBeHidden();
  await page.goto("/cti/history");
  await expect(page.getByRole("table")).toContainText("Fim do turno E2E");
  await adminContext.close();
});

test("a LogonPass failure names the step and leaves the extension out of service", async ({ browser }) => {
  test.setTimeout(60_000);
  const extension = String(8000 + Math.floor(Math.random() * 900));
  const adminContext = await browser.newContext({ storageState: adminState });
  const admin = await adminContext.newPage();
  await admin.goto("/admin/sandbox/pbx", { waitUntil: "networkidle" });
  await admin.getByLabel("LogonPass").fill("3");
  await admin.getByRole("button", { name: "Aplicar falhas" }).click();
  await expect(admin.getByLabel("LogonPass")).toHaveValue("3");
  try {
    const { page } = await operatorPage(browser);
    await saveAgent(page, extension);
    await page.getByRole("link", { name: "Iniciar" }).click();
    const panel = page.getByRole("region", { name: "Cliente CTI" });
    await panel.getByLabel("Senha do agente").fill("1234");
    await panel.getByRole("button", { name: "Entrar" }).click();
    await expect(panel).toContainText("login do agente (LogonPass)");
    await expect(panel.getByLabel("Senha do agente")).toBeVisible();
    await admin.goto("/admin/sandbox/pbx");
    const device = admin.getByRole("table", { name: "Ramais do PBX simulado" }).getByRole("row").filter({ hasText: extension });
    await expect(device).toContainText("Fora de serviço");
  } finally {
    await admin.goto("/admin/sandbox/pbx", { waitUntil: "networkidle" });
    await admin.getByLabel("LogonPass").fill("");
    await admin.getByRole("button", { name: "Aplicar falhas" }).click();
    await adminContext.close();
  }
});

/** A São Paulo landline nobody in the demo data has: "11" + "3" + 7 random digits, and how the panel shows it. */
function unknownNumber() {
  const digits = `113${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;
  return { digits, shown: `(${digits.slice(0, 2)}) ${digits.slice(2, 6)}-${digits.slice(6)}` };
}

async function pbxCallButton(admin: Page, digits: string, button: "Atender" | "Desligar") {
  await admin.goto("/admin/sandbox/pbx", { waitUntil: "networkidle" });
  const row = admin.getByRole("table", { name: "Chamadas do PBX simulado, mais recentes primeiro" }).getByRole("row").filter({ hasText: digits });
  await row.getByRole("button", { name: button }).click();
  await expect(row.getByRole("button", { name: "Desligar" })).toHaveCount(button === "Desligar" ? 0 : 1);
}

test("answered and cleared calls reach the panel, and a dropped connection resumes losing and repeating nothing", async ({ browser }) => {
  test.setTimeout(120_000);
  const extension = String(6000 + Math.floor(Math.random() * 900));
  const { page } = await operatorPage(browser);
  // Every event the browser received, from every long-poll answer.
  const received: number[] = [];
  page.on("response", async (response) => {
    if (!response.url().includes("/api/cti/events") || !response.ok()) return;
    const answer = (await response.json()) as { events: { seq: number }[] };
    received.push(...answer.events.map((e) => e.seq));
  });
  await saveAgent(page, extension);
  await page.getByRole("link", { name: "Iniciar" }).click();
  const panel = page.getByRole("region", { name: "Cliente CTI" });
  await panel.getByLabel("Senha do agente").fill("1234");
  await panel.getByRole("button", { name: "Entrar" }).click();
  await expect(panel).toContainText("Disponível");
  const adminContext = await browser.newContext({ storageState: adminState });
  const admin = await adminContext.newPage();
  const call = panel.getByRole("status").filter({ hasText: /Tocando|Em atendimento|Encerrada|Falhou/ });

  // Ringing → Answered → ConnectionCleared, each shown as it happens.
  const first = unknownNumber();
  await ring(admin, { extension, from: first.digits });
  await expect(panel).toContainText(first.shown, { timeout: 30_000 });
  await expect(call).toHaveText("Tocando");
  await pbxCallButton(admin, first.digits, "Atender");
  await expect(call).toHaveText("Em atendimento", { timeout: 30_000 });
  await pbxCallButton(admin, first.digits, "Desligar");
  await expect(call).toHaveText("Encerrada", { timeout: 30_000 });

  // The connection drops: the poll waiting now still answers, every poll after it is reset.
  await page.route("**/api/cti/events**", (route) => route.abort("connectionreset"));
  const missed = unknownNumber();
  await ring(admin, { extension, from: missed.digits });
  await expect(panel).toContainText(missed.shown, { timeout: 30_000 });
  await expect(panel).toContainText("Sem conexão com o servidor");
  // While the operator is cut off: the missed call is cleared unanswered, another call rings and is answered.
  await pbxCallButton(admin, missed.digits, "Desligar");
  const later = unknownNumber();
  await ring(admin, { extension, from: later.digits });
  await pbxCallButton(admin, later.digits, "Atender");
  await expect(panel).toContainText(missed.shown);
  await page.unroute("**/api/cti/events**");
  await expect(panel).toContainText(later.shown, { timeout: 40_000 });
  await expect(call).toHaveText("Em atendimento");
  await expect(panel).not.toContainText("Sem conexão com o servidor");
  // Ringing, Answered and ConnectionCleared of three calls arrived once each, in one unbroken run of sequence numbers.
  const sorted = [...received].sort((a, b) => a - b);
  expect(sorted.length).toBeGreaterThanOrEqual(7);
  expect(new Set(received).size, `repetidos em ${received.join(",")}`).toBe(received.length);
  expect(sorted, `lacuna em ${sorted.join(",")}`).toEqual(sorted.map((_, i) => sorted[0]! + i));
  await pbxCallButton(admin, later.digits, "Desligar");

  // The missed call is in the unanswered view, and its number dials back from there.
  await page.goto("/cti/calls?nao_atendidas=1");
  const row = page.getByRole("table", { name: "Registro de chamadas" }).getByRole("row").filter({ hasText: missed.shown });
  await expect(row).toContainText("Não");
  await row.getByTitle("Clique para discar; duplo clique disca direto").dblclick();
  await expect(panel).toContainText(`Discando para ${missed.shown}`);
  await expect(async () => {
    await admin.goto("/admin/sandbox/pbx");
    const outbound = admin.getByRole("table", { name: "Chamadas do PBX simulado, mais recentes primeiro" }).getByRole("row").filter({ hasText: "Originada" });
    await expect(outbound.filter({ hasText: missed.digits.slice(-7) })).not.toHaveCount(0);
  }).toPass({ timeout: 20_000 });
  await adminContext.close();
});
