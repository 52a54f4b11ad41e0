import { expect, test } from "@playwright/test";
import { adminState } from "./support";

test.use({ storageState: adminState });

test("GERFP095: creates a configuration, sees its next runs, runs it now and reads the finished run's LOG", async ({ page }) => {
  test.setTimeout(60_000);
  const unique = Date.now().toString(36);
  const minute = String(1 + (Date.now() % 59)).padStart(2, "0");
  await page.goto("/scheduler");
  await expect(page.getByText("GERFP095")).toBeVisible();

  await page.getByRole("button", { name: "Nova configuração" }).click();
  const dialog = page.getByRole("dialog", { name: "Nova configuração" });
  await dialog.getByLabel("Tipo de processo").selectOption("Cadastros");
  await dialog.getByLabel("Processo", { exact: true }).selectOption({ label: "Contagem de pessoas" });
  await dialog.getByLabel("Descrição").fill(`Contagem E2E ${unique}`);
  await dialog.getByLabel("Campos cron").check();
  await dialog.getByLabel("Minuto: Todos").uncheck();
  await dialog.getByLabel("Minuto", { exact: true }).fill(minute);
  await dialog.getByLabel("Hora: Todos").uncheck();
  await dialog.getByLabel("Hora", { exact: true }).fill("24");
  await dialog.getByRole("button", { name: "Salvar" }).click();
  await expect(dialog.getByText("Hora inválida: 24 está fora de 0 a 23.")).toBeVisible();

  // Weekdays at 22:MM: the preview follows the fields as they change.
  await dialog.getByLabel("Hora", { exact: true }).fill("22");
  await dialog.getByLabel("Dia da semana: Todos").uncheck();
  await dialog.getByLabel("Dia da semana", { exact: true }).fill("1-5");
  const preview = dialog.getByRole("region", { name: "Próximas execuções" }).getByRole("listitem");
  await expect(preview).toHaveCount(5);
  for (const item of await preview.all()) await expect(item).toContainText(`22:${minute}`);
  await dialog.getByRole("button", { name: "Salvar" }).click();
  await expect(dialog).toBeHidden();

  const link = page.getByRole("link", { name: `Contagem E2E ${unique}` });
  await expect(link).toBeVisible();
  await expect(page.getByRole("list", { name: `Próximas execuções de Contagem E2E ${unique}` }).getByRole("listitem")).toHaveCount(5);
  await link.click();
  await expect(page.getByRole("heading", { name: `Contagem E2E ${unique}` })).toBeVisible();
  await expect(page.getByRole("list", { name: "Próximas execuções" }).getByRole("listitem")).toHaveCount(5);

  // The jobs sidecar picks the run up within seconds; the page follows it live until it finishes.
  await page.getByRole("button", { name: "Executar agora" }).click();
  await expect(page).toHaveURL(/\/scheduler\/runs\/\d+$/);
  await expect(page.getByText("Concluída")).toBeVisible({ timeout: 30_000 });
  const log = page.getByRole("table", { name: "LOG da execução" });
  await expect(log).toContainText("Execução manual solicitada");
  await expect(log).toContainText(/\d+ pessoa\(s\) cadastrada\(s\); \d+ com celular\./);
  await expect(log).toContainText("Concluído:");
  await expect(page.locator("[data-count=found]")).not.toHaveText("0");
});
