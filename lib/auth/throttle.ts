import { and, count, eq, gte } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { loginAttempts } from "@/db/schema";
import type { Clock } from "@/lib/core/clock";

export const MAX_FAILURES = 5;
export const WINDOW_MINUTES = 15;

/** Failed attempts for this e-mail from this address inside the window; at the limit sign-in is refused. */
export async function isLoginThrottled(db: DbOrTx, email: string, address: string, clock: Clock) {
  const since = new Date(clock.now().getTime() - WINDOW_MINUTES * 60_000);
  const [row] = await db
    .select({ failures: count() })
    .from(loginAttempts)
    .where(and(
      eq(loginAttempts.email, email.toLowerCase()),
      eq(loginAttempts.address, address),
      eq(loginAttempts.succeeded, false),
      gte(loginAttempts.at, since),
    ));
  return (row?.failures ?? 0) >= MAX_FAILURES;
}

export async function recordLoginAttempt(db: DbOrTx, email: string, address: string, succeeded: boolean, clock: Clock) {
  await db.insert(loginAttempts).values({ email: email.toLowerCase(), address, succeeded, at: clock.now() });
}
