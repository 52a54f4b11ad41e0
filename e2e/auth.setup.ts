import { test as setup } from "@playwright/test";
import { ADMIN, adminState, OPERATOR, operatorState, signIn } from "./support";

setup("sign in as admin", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.context().storageState({ path: adminState });
});

setup("sign in as operator", async ({ page }) => {
  await signIn(page, OPERATOR);
  await page.context().storageState({ path: operatorState });
});
