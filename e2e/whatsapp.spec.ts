import { expect, test, type Page } from "@playwright/test";
import { adminState, e2eSql as sql } from "./support";

/**
 * Issue 7 against the Meta and PlugMessage simulators: an admin configures the official API (the simulator verifies
 * our webhook), submits a template, approves it in the sandbox and sees "Aprovada" arrive through the signed webhook,
 * maps its variables and starts a conversation that lands in the phone inbox; a rejected template shows the reason and
 * is edited and resubmitted; on the unofficial API the QR code connects and the interactive menu is refused.
 */
test.describe.configure({ mode: "serial" });
test.use({ storageState: adminState });

const digits = (n: number) => String(Math.floor(10 ** (n - 1) + Math.random() * 9 * 10 ** (n - 1)));
const unique = () => Math.random().toString(36).slice(2, 8);

async function chooseApi(page: Page, label: "API oficial (Meta)" | "API não oficial (PlugMessage)") {
  await page.goto("/whatsapp/settings", { waitUntil: "networkidle" });
  const radio = page.getByRole("radio", { name: label });
  const save = page.locator("form").filter({ has: radio }).getByRole("button", { name: "Salvar" });
  // Checked once the page has hydrated (a click before that is undone by React).
  await expect(async () => {
    if (!(await radio.isChecked())) await radio.check();
    await expect(radio).toBeChecked({ timeout: 500 });
  }).toPass({ timeout: 10_000 });
  // Already the saved mode: the form is not dirty and there is nothing to save.
  const changed = await expect(save).toBeEnabled({ timeout: 2_000 }).then(() => true, () => false);
  if (!changed) return;
  await save.click();
  await expect(page.locator("form").filter({ has: radio }).getByRole("status")).toBeVisible();
  await expect(radio).toBeChecked();
}

async function newTemplate(page: Page, input: { name: string; body: string; examples: string[] }) {
  await page.goto("/whatsapp/templates", { waitUntil: "networkidle" });
  await page.getByRole("link", { name: "+Novo" }).click();
  await page.getByLabel("Nome do modelo").fill(input.name);
  await page.getByRole("textbox", { name: "Mensagem" }).fill(input.body);
  for (const [i, example] of input.examples.entries()) await page.getByLabel(`Exemplo de {{${i + 1}}}`).fill(example);
  await page.getByRole("button", { name: "Salvar e enviar para aprovação" }).click();
  await expect(page).toHaveURL(/\/whatsapp\/templates\/\d+$/);
  await expect(page.getByText("Pendente").first()).toBeVisible();
}

async function review(admin: Page, name: string, decision: "Aprovar" | "Rejeitar", reason?: string) {
  await admin.goto("/admin/sandbox/meta", { waitUntil: "networkidle" });
  if (reason) {
    const select = admin.getByLabel(`Motivo da rejeição de ${name}`);
    await expect(async () => {
      await select.selectOption({ label: reason });
      await expect(select.locator("option:checked")).toHaveText(reason, { timeout: 500 });
    }).toPass({ timeout: 10_000 });
  }
  await admin.getByRole("button", { name: `${decision} ${name}` }).click();
  await expect(admin.getByRole("button", { name: `${decision} ${name}` })).toHaveCount(0);
}

test("official API: a template approved through the webhook, mapped, starts a conversation that reaches the phone", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await chooseApi(page, "API oficial (Meta)");
  await page.getByLabel("WABA id").fill(digits(12));
  await page.getByLabel("Phone number id").fill(digits(12));
  await page.getByLabel("Token de acesso").fill(`EAAG${unique()}${unique()}${unique()}${unique()}`);
  await page.getByLabel("App secret").fill(`segredo-${unique()}-${unique()}`);
  await page.getByLabel("Verify token").fill(`verifica-${unique()}`);
  await page.locator("form").filter({ has: page.getByLabel("WABA id") }).getByRole("button", { name: /^Salvar/ }).click();
  // The simulator verified our webhook (hub.challenge) before accepting the app.
  await expect(page.getByRole("status").filter({ hasText: /API oficial salva/ })).not.toContainText("não registrado");

  const sandbox = await (await browser.newContext({ storageState: adminState })).newPage();
  await sandbox.goto("/admin/sandbox/meta", { waitUntil: "networkidle" });
  const manualOnly = sandbox.getByLabel("Só revisão manual (Aprovar/Rejeitar aqui)");
  // Checked once the page has hydrated (a click before that is undone by React).
  await expect(async () => {
    await manualOnly.check();
    await expect(manualOnly).toBeChecked({ timeout: 500 });
  }).toPass({ timeout: 10_000 });
  await sandbox.getByRole("button", { name: "Aplicar regras" }).click();
  await expect(sandbox.getByText("Regras aplicadas aos próximos modelos enviados.")).toBeVisible();

  const name = `cobranca_${unique()}`;
  await newTemplate(page, { name: name.replace("_", " ").toUpperCase(), body: "Olá {{1}}, aqui é da {{2}}. Podemos falar agora?", examples: ["Maria", "Escola Aprender"] });
  await expect(page.getByRole("heading", { name: `Modelo ${name}` })).toBeVisible();

  await review(sandbox, name, "Aprovar");
  // No reload: the detail page refreshes itself while the template is pending, and the webhook flips it.
  await expect(page.getByText("Aprovada").first()).toBeVisible({ timeout: 20_000 });
  await page.getByLabel("Coringa {{1}}").selectOption({ label: "Primeiro nome do devedor" });
  await page.getByLabel("Coringa {{2}}").selectOption({ label: "Nome da empresa" });
  await page.getByRole("button", { name: "Salvar associação" }).click();
  await expect(page.getByText("Coringas associados")).toBeVisible();

  const [person] = await sql<{ id: number; name: string; e164: string }>(`
    select p.id, p.name, ph.e164 from people p join person_phones ph on ph.person_id = p.id and ph.is_primary
    join phone_types t on t.id = ph.phone_type_id and t.code = 'CEL'
    where not p.opt_out_whatsapp and ph.e164 like '+55119%' and p.name like '% %'
      and not exists (select 1 from whatsapp_conversations c where c.phone = ph.e164)
    order by p.id limit 1`);
  expect(person, "demo data has a person with a mobile phone").toBeTruthy();
  await page.goto(`/people/${person!.id}`, { waitUntil: "networkidle" });
  await page.getByRole("button", { name: "Iniciar conversa" }).click();
  const dialog = page.getByRole("dialog", { name: "Iniciar conversa no WhatsApp" });
  await dialog.getByLabel("Modelo de início de chat").selectOption({ label: name });
  const firstName = person!.name.split(" ")[0]!;
  await expect(dialog).toContainText(`Olá ${firstName}, aqui é da`);
  await dialog.getByRole("button", { name: "Enviar" }).click();
  await expect(dialog.getByRole("status").first()).toBeVisible();

  // The dispatcher sends it through the simulator; the customer's phone shows the rendered text.
  const national = person!.e164.replace(/^\+55/, "");
  await expect(async () => {
    await sandbox.goto(`/admin/sandbox/inbox?telefone=${national}`);
    await expect(sandbox.getByText(`Olá ${firstName}, aqui é da`).first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 40_000 });
  // A second chat start to the same person within 24 h without a reply is refused with the time it becomes possible.
  await page.reload({ waitUntil: "networkidle" });
  await page.getByRole("button", { name: "Iniciar conversa" }).click();
  await expect(page.getByRole("dialog", { name: "Iniciar conversa no WhatsApp" })).toContainText(/um novo só a partir de \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
});

test("a rejected template shows Meta's reason, is edited and resubmitted", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const name = `oferta_${unique()}`;
  await newTemplate(page, { name, body: "Oferta imperdível para {{1}} hoje, responda SIM.", examples: ["Ana"] });
  const sandbox = await (await browser.newContext({ storageState: adminState })).newPage();
  await review(sandbox, name, "Rejeitar", "Categoria incorreta para o conteúdo");
  const rejection = page.getByRole("alert").filter({ hasText: "Rejeitada pela Meta" });
  await expect(rejection).toContainText("Motivo: Categoria incorreta para o conteúdo", { timeout: 20_000 });
  await page.getByRole("radio", { name: /Marketing/ }).check();
  await page.getByRole("textbox", { name: "Mensagem" }).fill("Olá {{1}}, temos uma condição especial para você. Quer saber mais?");
  await page.getByRole("button", { name: "Reenviar para aprovação" }).click();
  await expect(page.getByText("Pendente").first()).toBeVisible();
  await expect(rejection).toHaveCount(0);
});

test("unofficial API: the QR code connects PlugMessage, and the interactive menu is refused", async ({ page }) => {
  test.setTimeout(90_000);
  await chooseApi(page, "API não oficial (PlugMessage)");
  // "Conectar-se ao PlugMessage" the first time; on a database where it was connected before, a new QR code.
  await page.getByRole("button", { name: /^(Conectar-se ao PlugMessage|Conectar novamente \(novo QR code\))$/ }).click();
  await expect(page.getByRole("img", { name: "QR code do PlugMessage" })).toBeVisible();
  await page.getByRole("button", { name: "Simular leitura do QR code (sandbox)" }).click();
  await expect(page.getByText(/Conectado até/).first()).toBeVisible({ timeout: 15_000 });

  await page.goto("/whatsapp/menu", { waitUntil: "networkidle" });
  await page.getByRole("switch", { name: /Menu interativo/ }).click();
  await expect(page.getByText("O menu interativo não está disponível na API não oficial (PlugMessage).")).toBeVisible();
  await expect(page.getByRole("switch", { name: /Menu interativo/ })).toHaveAttribute("aria-checked", "false");

  // Back to the official API for whoever runs next on this database.
  await chooseApi(page, "API oficial (Meta)");
});
