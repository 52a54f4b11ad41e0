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
};

const routeRules: Record<string, { access: "public" | "signed-in" | "admin"; probe: string }> = {
  "/api/health": { access: "public", probe: "/api/health" },
  "/api/auth/[...nextauth]": { access: "public", probe: "/api/auth/session" },
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
    return { person: person.rows[0]?.id, foreignOrder: order.rows[0]?.id };
  } finally {
    await client.end();
  }
}

async function concrete(route: string): Promise<string> {
  const ids = await sampleIds();
  const map: Record<string, number | undefined> = { "/people/[id]": ids.person, "/orders/[id]": ids.foreignOrder };
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
      const response = await request.get(rule.probe, { maxRedirects: 0 });
      if (rule.access === "public") expect(response.status()).toBe(200);
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

test.describe("admin of another company", () => {
  test("cannot open records of companies it was not granted, but opens the admin screens", async ({ page }) => {
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
    for (const [route, rule] of Object.entries(pageRules)) {
      if (rule.access === "public") continue;
      const { status } = await statusOf(page, await concrete(route));
      expect(status, route).toBe(200);
    }
  });
});
