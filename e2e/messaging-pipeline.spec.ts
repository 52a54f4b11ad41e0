import { expect, test } from "@playwright/test";
import { adminState } from "./support";

test.use({ storageState: adminState });

test("a GERFP095 run queues reminders that the sidecar sends: seen in the message log and in the sandbox inbox", async ({ page }) => {
  test.setTimeout(90_000);
  const description = `Lembretes E2E ${Date.now().toString(36)}`;
  await page.goto("/scheduler");
  await page.getByRole("button", { name: "Nova configuração" }).click();
  const dialog = page.getByRole("dialog", { name: "Nova configuração" });
  await dialog.getByLabel("Tipo de processo").selectOption("Mensageria");
  await dialog.getByLabel("Processo", { exact: true }).selectOption({ label: "Lembrete de vencimento (sandbox)" });
  await dialog.getByLabel("Descrição").fill(description);
  await dialog.getByRole("button", { name: "Salvar" }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole("link", { name: description }).click();
  await page.getByRole("button", { name: "Executar agora" }).click();
  await expect(page).toHaveURL(/\/scheduler\/runs\/\d+$/);
  await expect(page.getByText("Concluída")).toBeVisible({ timeout: 30_000 });
  const log = page.getByRole("table", { name: "LOG da execução" });
  await expect(log).toContainText(/Empresa \d+: \d+ título\(s\) encontrado\(s\), \d+ mensagem\(ns\) na fila/);
  const queued = Number(await page.locator("[data-count=queued]").textContent());
  expect(queued).toBeGreaterThan(0);

  // The dispatcher in the jobs sidecar sends them to the RD Conversas simulator within seconds.
  await expect(async () => {
    // Only templates: RD contacts sent by other specs (PESFP079, person saves) share company 01's log.
    await page.goto("/messages?situacao=sent&tipo=rd.template");
    await expect(page.getByRole("link", { name: /Enviada · \d+/ })).toHaveText(new RegExp(`Enviada · ${queued}`));
  }).toPass({ timeout: 30_000 });
  await page.getByRole("table", { name: "Mensagens" }).getByRole("link").first().click();
  await expect(page.getByRole("table", { name: "Tentativas" })).toContainText("Aceita pelo provedor");

  await page.goto("/admin/sandbox/inbox");
  await expect(page.getByText(/Lembramos que o boleto de R\$\s[\d.,]+ vence em \d{2}\/\d{2}\/\d{4}/).first()).toBeVisible();

  // Running it again for the same date sends nothing twice: every title was already queued once.
  await page.goto("/scheduler");
  await page.getByRole("link", { name: description }).first().click();
  await page.getByRole("button", { name: "Executar agora" }).click();
  await expect(page.getByText("Concluída")).toBeVisible({ timeout: 30_000 });
  await expect(page.locator("[data-count=queued]")).toHaveText("0");
  await expect(page.locator("[data-count=skipped]")).toHaveText(String(queued));
});
