import { and, eq, sql } from "drizzle-orm";
import { encryptSecret } from "../../lib/core/crypto";
import { RD_SANDBOX_TOKEN } from "../../lib/providers/rdconversas/simulator-seed";
import { RD_MODULE_ACCOUNT_NAME } from "../../lib/rdconversas/module-account";
import { SANDBOX_ACCOUNT_NAME } from "../../lib/scheduler/processes/demo-due-reminder";
import { createDb } from "../client";
import { providerAccounts } from "../schema";

/**
 * Embedded mode only: the RD Conversas account that talks to the simulator mounted in this very app. Its base URL
 * follows the port of each start, so it is refreshed every time.
 */
export async function ensureSandboxAccount(url: string, baseUrl: string) {
  const { db, pool } = createDb(url, 1);
  try {
    await db.insert(providerAccounts)
      .values({
        provider: "rdconversas", name: SANDBOX_ACCOUNT_NAME, baseUrl,
        credentials: { token: encryptSecret(RD_SANDBOX_TOKEN) }, limitPerSecond: 50, limitPerBatch: 200, limitPerDay: 10_000,
      })
      .onConflictDoUpdate({ target: [providerAccounts.provider, providerAccounts.name], set: { baseUrl: sql`excluded.base_url` } });
    // The RD Conversas module account (created when its parameter is saved) follows the simulator's port too.
    await db.update(providerAccounts).set({ baseUrl })
      .where(and(eq(providerAccounts.provider, "rdconversas"), eq(providerAccounts.name, RD_MODULE_ACCOUNT_NAME)));
  } finally {
    await pool.end();
  }
}
