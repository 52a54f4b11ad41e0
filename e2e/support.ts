import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

export const ADMIN = { email: "admin@recado.dev", password: "recado123" };
export const OPERATOR = { email: "operador@recado.dev", password: "recado123" };
export const adminState = "e2e/.auth/admin.json";
export const operatorState = "e2e/.auth/operator.json";

export async function signIn(page: Page, who: { email: string; password: string }) {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(who.email);
  await page.getByLabel("Senha").fill(who.password);
  await page.getByRole("button", { name: "Entrar" }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** URL of the throwaway database the e2e server runs on, for specs that arrange data directly. */
export function e2eDatabaseUrl(): string {
  const port = process.env.E2E_PORT ?? "3100";
  const file = path.join(tmpdir(), `recado-e2e-${port}.json`);
  return (JSON.parse(readFileSync(file, "utf8")) as { databaseUrl: string }).databaseUrl;
}

/** One query straight on the e2e database, for specs that arrange or read data directly. */
export async function e2eSql<T extends Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

/** Creates a throwaway user straight in the e2e database (granted the demo companies given by code). */
export async function createUser(opts: { role: "admin" | "operator"; companyCodes: string[]; password?: string }) {
  const { default: pg } = await import("pg");
  const { hashPassword } = await import("../lib/core/password");
  const email = `e2e-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@teste.dev`;
  const password = opts.password ?? "senha-forte-123";
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: number }>(
      "insert into users (email, name, password_hash, role) values ($1, $2, $3, $4) returning id",
      [email, "Usuária E2E", await hashPassword(password), opts.role],
    );
    await client.query(
      "insert into user_companies (user_id, company_id) select $1, id from companies where code = any($2)",
      [rows[0]!.id, opts.companyCodes],
    );
    return { id: rows[0]!.id, email, password };
  } finally {
    await client.end();
  }
}
