import { expect, test, type Page } from "@playwright/test";
import { ADMIN, createUser, operatorState, signIn } from "./support";

/** Submits the login form and waits for the server action's answer (React resets the form when it lands). */
async function submitLogin(page: Page, email: string, password: string) {
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Senha").fill(password);
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/login"),
    page.getByRole("button", { name: "Entrar" }).click(),
  ]);
}

test.describe("sign-in", () => {
  test("signs in, lands on the dashboard and signs out", async ({ page }) => {
    await page.goto("/people");
    await expect(page).toHaveURL(/\/login/);
    await signIn(page, ADMIN);
    await expect(page.getByRole("heading", { name: /Olá, Ana/ })).toBeVisible();
    await page.getByRole("button", { name: /Menu do usuário/ }).click();
    await page.getByRole("menuitem", { name: "Sair" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
  });

  test("wrong password and unknown user give the same message, and the e-mail stays filled", async ({ page }) => {
    await page.goto("/login");
    await submitLogin(page, ADMIN.email, "errada");
    await expect(page.getByText("E-mail ou senha incorretos.")).toBeVisible();
    await expect(page.getByLabel("E-mail")).toHaveValue(ADMIN.email);
    await submitLogin(page, "ninguem-aqui@recado.dev", "qualquer");
    await expect(page.getByText("E-mail ou senha incorretos.")).toBeVisible();
    await expect(page.getByLabel("E-mail")).toHaveValue("ninguem-aqui@recado.dev");
  });

  test("throttles repeated failures with a clear message, even with the right password", async ({ page }) => {
    const { email, password } = await createUser({ role: "operator", companyCodes: ["01"] });
    await page.goto("/login");
    for (let i = 0; i < 5; i++) {
      await submitLogin(page, email, `errada-${i}`);
      await expect(page.getByText("E-mail ou senha incorretos.")).toBeVisible();
    }
    await submitLogin(page, email, password);
    await expect(page.getByText(/Muitas tentativas sem sucesso/)).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
  });
});

test.describe("as operator", () => {
  test.use({ storageState: operatorState });

  test("cannot open admin screens nor see them in the menu", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("navigation", { name: "Módulos" }).getByText("Usuários")).toHaveCount(0);
    for (const path of ["/admin/companies", "/admin/users", "/admin/parameters", "/admin/audit"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByText("Página não encontrada")).toBeVisible();
    }
  });

  test("switches the logged company and keeps it on the next visit", async ({ page }) => {
    await page.goto("/");
    const switcher = page.getByLabel("Empresa");
    await expect(switcher.locator("option")).toHaveCount(2);
    const target = await switcher.locator("option").nth(1).getAttribute("value");
    await switcher.selectOption(target!);
    await expect(page.getByText(/Empresa logada: 02/)).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Empresa")).toHaveValue(target!);
    await expect(page.getByText(/Empresa logada: 02/)).toBeVisible();
    const original = await page.getByLabel("Empresa").locator("option").first().getAttribute("value");
    await page.getByLabel("Empresa").selectOption(original!);
    await expect(page.getByText(/Empresa logada: 01/)).toBeVisible();
  });
});
