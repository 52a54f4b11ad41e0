import { expect, test } from "@playwright/test";
import { operatorState, e2eSql } from "./support";

test.use({ storageState: operatorState });

test("creates a person: invalid CPF is refused in place, a valid one is saved, listed and searchable", async ({ page }) => {
  const unique = Date.now().toString().slice(-6);
  const name = `Conceição Araújo Teste ${unique}`;
  await page.goto("/people/new");
  await expect(page.getByText("PESFM010")).toBeVisible();
  await page.getByLabel("CPF").fill("123.456.789-00");
  await page.getByLabel("Nome", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Adicionar telefone" }).click();
  await page.getByLabel("Número do telefone 1").fill("(11) 9 8765-" + unique.slice(-4));
  await page.getByRole("button", { name: "Cadastrar" }).click();
  await expect(page.getByText("CPF inválido: confira os dígitos verificadores.")).toBeVisible();
  await expect(page).toHaveURL(/\/people\/new/);

  // A valid CPF (check digits right), typed without punctuation.
  await page.getByLabel("CPF").fill("52998224725");
  await page.getByRole("button", { name: "Cadastrar" }).click();
  await expect(page).toHaveURL(/\/people\/\d+/);
  await expect(page.getByRole("heading", { name })).toBeVisible();

  // Listed and found by name without accents, by CPF with punctuation and by the phone's last digits.
  for (const [q, mode] of [[`conceicao araujo teste ${unique}`, "Nome"], ["529.982.247-25", "CPF/CNPJ"], [`8765${unique.slice(-4)}`, "Telefone"]]) {
    await page.goto("/people");
    await page.getByLabel("Buscar", { exact: true }).fill(q!);
    await page.getByLabel("Buscar por").selectOption({ label: mode! });
    await page.getByRole("button", { name: "Buscar" }).click();
    await expect(page.getByRole("link", { name })).toBeVisible();
  }
});

test("a duplicate CPF is refused naming the field and linking the existing person", async ({ page }) => {
  const existing = await demoPerson();
  await page.goto("/people/new");
  await page.getByLabel("CPF").fill(existing.document);
  await page.getByLabel("Nome", { exact: true }).fill("Outra Pessoa Qualquer");
  await page.getByRole("button", { name: "Cadastrar" }).click();
  await expect(page.getByText(/Já existe uma pessoa com este CPF/).first()).toBeVisible();
  await page.getByRole("link", { name: "Abrir cadastro existente" }).first().click();
  await expect(page).toHaveURL(/\/people\/\d+/);
  await expect(page).toHaveURL(new RegExp(`/people/${existing.id}$`));
  await expect(page.getByRole("heading", { name: existing.name })).toBeVisible();
});

async function demoPerson() {
  const [person] = await e2eSql<{ id: number; document: string; name: string }>(
    "select id, document, name from people where kind = 'natural' and document is not null order by id limit 1");
  return person!;
}

test("the Ctrl+K palette finds a screen by code", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Control+k");
  await page.getByRole("combobox").fill("pesfm010");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/people$/);
  await expect(page.getByRole("heading", { name: "Pessoas" })).toBeVisible();
});
