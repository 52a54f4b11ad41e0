/**
 * `npm run screenshots`: signs in to a running Recado (default http://127.0.0.1:3000, e.g. `npm run dev`) and writes
 * the README's screenshots to docs/screenshots/.
 */
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";

const base = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const pages: Array<[string, string]> = [
  ["people", "/people"],
  ["person", "/people?q=silva"],
  ["parameters", "/admin/parameters"],
  ["users", "/admin/users"],
  ["audit", "/admin/audit"],
  ["rd-conversas", "/integrations/rd-conversas"],
  ["send-contacts", "/people/send-contacts"],
];

mkdirSync("docs/screenshots", { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
const page = await browser.newPage({ viewport: { width: 1360, height: 820 }, locale: "pt-BR" });
await page.goto(`${base}/login`);
await page.getByLabel("E-mail").fill("admin@recado.dev");
await page.getByLabel("Senha").fill("recado123");
await page.getByRole("button", { name: "Entrar" }).click();
await page.waitForURL((url) => !url.pathname.startsWith("/login"));
await page.screenshot({ path: "docs/screenshots/dashboard.png" });
for (const [name, path] of pages) {
  await page.goto(`${base}${path}`, { waitUntil: "networkidle" });
  if (name === "person") {
    await page.locator("table a").first().click();
    await page.waitForURL(/\/people\/\d+/);
    await page.getByText("Identificação").waitFor();
    await page.waitForLoadState("networkidle");
  }
  await page.screenshot({ path: `docs/screenshots/${name}.png` });
  console.log(`docs/screenshots/${name}.png`);
}
await browser.close();
