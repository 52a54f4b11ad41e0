import { generateCPF } from "@brazilian-utils/brazilian-utils";
import { expect, test, type Page } from "@playwright/test";
import { adminState, operatorState, e2eSql as query } from "./support";

/**
 * Issue 5 end to end against the in-app RD Conversas simulator, in order: an admin configures INTFM037, an operator
 * sends contacts in PESFP079, process 103 notifies due titles exactly once, and a person saved with a new mobile
 * phone becomes an RD contact.
 */
test.describe.configure({ mode: "serial" });

async function editMessage(page: Page, typeLabel: string, fields: string[]) {
  const row = page.getByRole("table", { name: "Mensagens da empresa" }).getByRole("row").filter({ hasText: typeLabel });
  await row.getByRole("button", { name: "Editar" }).click();
  const dialog = page.getByRole("dialog", { name: `Editar mensagem: ${typeLabel}` });
  for (const field of fields) await dialog.getByLabel("Adicionar campo").selectOption({ label: field });
  return dialog;
}

test.describe("RD Conversas", () => {
  test.use({ storageState: adminState });

  test("admin configures INTFM037: parameter, templates, field lists with preview, duplicate type, replicate", async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto("/integrations/rd-conversas");
    await expect(page.getByText("INTFM037")).toBeVisible();
    await page.getByLabel("Token (DS_TOKEN_RDCONVERSAS)").fill("sandbox-token-rd");
    await page.getByLabel("Campo adicional do ID (CD_CAMPO_ADIC_PESRDCONV)").selectOption({ value: "RDCONV_ID" });
    await page.getByLabel("Dias de antecedência do aviso (QT_DIAS_AVISO_VENC)").fill("2");

    // A chip number the account does not have is refused, naming the ones it has.
    await page.getByLabel("Número do chip (NR_CHIP_RDCONVERSAS)").fill("(11) 98888-7777");
    await page.getByRole("button", { name: "Salvar" }).click();
    await expect(page.getByText(/Nenhum chip do RD Conversas tem o número/).first()).toBeVisible();
    await page.getByLabel("Número do chip (NR_CHIP_RDCONVERSAS)").fill("(11) 99999-0001");
    await page.getByRole("button", { name: "Testar conexão" }).click();
    await expect(page.getByText(/Conexão OK/)).toBeVisible();
    await page.getByRole("button", { name: "Salvar" }).click();
    await expect(page.getByText("Configuração salva.")).toBeVisible();

    // Two templates at once, each with its type.
    await page.getByRole("button", { name: "Consultar templates" }).click();
    let dialog = page.getByRole("dialog", { name: "Consultar templates" });
    await expect(dialog.getByText("Olá, {{1}}! Lembramos que o boleto de {{2}}")).toBeVisible();
    await dialog.getByLabel("lembrete_vencimento_boleto").check();
    await dialog.getByLabel("Tipo de mensagem").first().selectOption({ label: "Vencimento boleto" });
    await dialog.getByLabel("lembrete_carne_pix").check();
    await dialog.getByLabel("Tipo de mensagem").nth(1).selectOption({ label: "Vencimento boleto" });
    await dialog.getByRole("button", { name: "Confirmar" }).click();
    await expect(dialog.getByText(/O tipo "Vencimento boleto" foi escolhido para mais de um template/)).toBeVisible();
    await dialog.getByLabel("Tipo de mensagem").nth(1).selectOption({ label: "Vencimento carnê" });
    await dialog.getByRole("button", { name: "Confirmar" }).click();
    await expect(dialog).toBeHidden();
    const table = page.getByRole("table", { name: "Mensagens da empresa" });
    await expect(table.getByRole("row").filter({ hasText: "Vencimento boleto" })).toContainText("lembrete_vencimento_boleto");

    // A field list that does not fill every variable is refused; the preview renders the sample person.
    dialog = await editMessage(page, "Vencimento boleto", ["Primeiro nome", "Valor do título (R$)"]);
    await dialog.getByLabel("Ativa").check();
    await dialog.getByRole("button", { name: "Salvar" }).click();
    await expect(dialog.getByText(/O template tem 4 variável\(is\) e a lista tem 2 campo\(s\)/).first()).toBeVisible();
    for (const field of ["Data de vencimento (dd/MM/aaaa)", "Linha digitável do boleto"]) {
      await dialog.getByLabel("Adicionar campo").selectOption({ label: field });
    }
    await expect(dialog.getByText(/Olá, Maria! Lembramos que o boleto de R\$\s159,90 vence em 25\/05\/2024/)).toBeVisible();
    await dialog.getByRole("button", { name: "Salvar" }).click();
    await expect(dialog).toBeHidden();

    dialog = await editMessage(page, "Vencimento carnê", [
      "Primeiro nome", "Número do documento", "Valor do título (R$)", "Data de vencimento (dd/MM/aaaa)", "PIX copia e cola",
    ]);
    await expect(dialog.getByText(/Oi, Maria! A parcela 000123-1 do seu carnê, no valor de R\$\s159,90, vence em 25\/05\/2024/)).toBeVisible();
    await dialog.getByLabel("Ativa").check();
    await dialog.getByRole("button", { name: "Salvar" }).click();
    await expect(dialog).toBeHidden();
    await expect(table.getByRole("row").filter({ hasText: "Vencimento carnê" })).toContainText("Ativa");

    // Replicate the boleto message: first to 02, then to 02 and 03 (02 skipped: it has the type already).
    const replicate = async (companies: string[]) => {
      await table.getByRole("row").filter({ hasText: "Vencimento boleto" }).getByRole("button", { name: "Replicar dados" }).click();
      const box = page.getByRole("dialog", { name: /Replicar/ });
      for (const company of companies) await box.getByLabel(new RegExp(`^${company}`)).check();
      await box.getByRole("button", { name: "Replicar", exact: true }).click();
      return box;
    };
    const outcomes = (box: ReturnType<Page["getByRole"]>, text: string) => box.getByRole("status").getByRole("listitem").filter({ hasText: text });
    let box = await replicate(["02"]);
    await expect(outcomes(box, ": criada")).toHaveCount(1);
    await page.keyboard.press("Escape");
    await expect(box).toBeHidden();
    box = await replicate(["02", "03"]);
    await expect(outcomes(box, "ignorada: já existe mensagem do tipo Vencimento boleto")).toHaveCount(1);
    await expect(outcomes(box, ": criada")).toHaveCount(1);
    await page.keyboard.press("Escape");
    await expect(box).toBeHidden();
  });

  test("operator sends 3 people in PESFP079 and their RD ids are stored", async ({ browser }) => {
    test.setTimeout(60_000);
    const context = await browser.newContext({ storageState: operatorState });
    const page = await context.newPage();
    await page.goto("/people/send-contacts");
    await expect(page.getByText("PESFP079")).toBeVisible();
    const rows = page.getByRole("table", { name: "Pessoas para envio" }).getByRole("row");
    const names: string[] = [];
    for (let i = 1; i <= 3; i++) {
      const row = rows.nth(i);
      names.push((await row.getByRole("link").first().textContent())!.trim());
      await row.getByRole("checkbox").check();
    }
    await page.getByRole("button", { name: "Enviar" }).click();
    await page.getByRole("dialog", { name: "Enviar contatos ao RD Conversas?" }).getByRole("button", { name: "Enviar" }).click();
    await expect(page).toHaveURL(/\/people\/send-contacts\/batches\/\d+$/);
    await expect(page.getByText("Concluído").first()).toBeVisible({ timeout: 30_000 });
    const results = page.getByRole("table", { name: "Resultado por pessoa" });
    for (const name of names) await expect(results.getByRole("row").filter({ hasText: name })).toContainText(/[0-9a-f]{24}/);

    const stored = await query<{ name: string; value: string }>(
      `select p.name, v.value from people p join person_additional_values v on v.person_id = p.id
       join additional_fields f on f.id = v.field_id and f.code = 'RDCONV_ID' where p.name = any($1)`, [names]);
    expect(stored.map((s) => s.name).sort()).toEqual([...names].sort());
    // People already sent never appear again.
    await page.goto("/people/send-contacts");
    for (const name of names) await expect(page.getByRole("link", { name, exact: true })).toHaveCount(0);
    await context.close();
  });

  test("process 103 delivers each due notice once, rendered with name, amount and date", async ({ page }) => {
    test.setTimeout(120_000);
    // A title of company 02 (its boleto message was replicated above; no other spec notifies 02) due today + 2 in São Paulo.
    const [target] = await query<{ name: string; e164: string; amount: string; due: string }>(
      `select p.name, ph.e164, r.amount_cents::text as amount, to_char(r.due_date, 'DD/MM/YYYY') as due
       from receivables r join companies c on c.id = r.company_id and c.code = '02'
       join people p on p.id = r.person_id and not p.opt_out_whatsapp
       join person_phones ph on ph.person_id = p.id and ph.is_primary
       join phone_types t on t.id = ph.phone_type_id and t.code = 'CEL'
       where r.payment_method = 'boleto' and r.status = 'open'
         and r.due_date = (now() at time zone 'America/Sao_Paulo')::date + 2
       order by r.id limit 1`);
    expect(target, "demo data has an open boleto due in two days").toBeTruthy();

    const description = `Notificações RD E2E ${Date.now().toString(36)}`;
    await page.goto("/scheduler");
    await page.getByRole("button", { name: "Nova configuração" }).click();
    const dialog = page.getByRole("dialog", { name: "Nova configuração" });
    await dialog.getByLabel("Tipo de processo").selectOption("Integração");
    await dialog.getByLabel("Processo", { exact: true }).selectOption({ label: "103 - Envio Notificações RD Conversas" });
    await dialog.getByLabel("Descrição").fill(description);
    await dialog.getByLabel(/^02 · /).check();
    await dialog.getByRole("button", { name: "Salvar" }).click();
    await expect(dialog).toBeHidden();

    await page.getByRole("link", { name: description }).click();
    await page.getByRole("button", { name: "Executar agora" }).click();
    await expect(page).toHaveURL(/\/scheduler\/runs\/\d+$/);
    await expect(page.getByText("Concluída")).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole("table", { name: "LOG da execução" })).toContainText(/encontrad/);
    const queued = Number(await page.locator("[data-count=queued]").textContent());
    expect(queued).toBeGreaterThan(0);

    const amount = new Intl.NumberFormat("pt-BR", { style: "currency", currency: "BRL" }).format(Number(target!.amount) / 100);
    const firstName = target!.name.split(" ")[0]!;
    const expected = `Olá, ${firstName}! Lembramos que o boleto de ${amount} vence em ${target!.due}.`;
    const digits = target!.e164.replace(/\D/g, "");
    await expect(async () => {
      await page.goto(`/admin/sandbox/inbox?telefone=${digits}`);
      await expect(page.getByText(expected, { exact: false })).toHaveCount(1);
    }).toPass({ timeout: 30_000 });

    // The same day again: nothing new is queued and the customer still has exactly one notice.
    await page.goto("/scheduler");
    await page.getByRole("link", { name: description }).first().click();
    await page.getByRole("button", { name: "Executar agora" }).click();
    await expect(page.getByText("Concluída")).toBeVisible({ timeout: 30_000 });
    await expect(page.locator("[data-count=queued]")).toHaveText("0");
    await page.waitForTimeout(3_000); // a dispatcher cycle, had anything been queued
    await page.goto(`/admin/sandbox/inbox?telefone=${digits}`);
    await expect(page.getByText(expected, { exact: false })).toHaveCount(1);
  });

  test("a person saved with a new mobile phone becomes an RD contact", async ({ page }) => {
    test.setTimeout(60_000);
    const unique = Date.now().toString().slice(-8);
    const name = `Contato Automático ${unique}`;
    await page.goto("/people/new");
    await page.getByLabel("CPF").fill(generateCPF());
    await page.getByLabel("Nome", { exact: true }).fill(name);
    await page.getByRole("button", { name: "Adicionar telefone" }).click();
    await page.getByLabel("Número do telefone 1").fill(`(21) 9${unique.slice(0, 4)}-${unique.slice(4)}`);
    await page.getByRole("button", { name: "Cadastrar" }).click();
    await expect(page.getByRole("heading", { name })).toBeVisible();
    await expect(async () => {
      await page.goto(`/admin/sandbox/inbox?telefone=219${unique}`);
      await expect(page.getByRole("table", { name: "Contatos cadastrados" })).toContainText(name);
    }).toPass({ timeout: 30_000 });
  });
});
