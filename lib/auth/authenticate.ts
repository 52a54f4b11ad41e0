import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import type { Clock } from "@/lib/core/clock";
import { DUMMY_HASH, verifyPassword } from "@/lib/core/password";
import { isLoginThrottled, recordLoginAttempt } from "./throttle";

export type AuthenticateResult =
  | { ok: true; user: { id: number; name: string; email: string; role: "admin" | "operator" } }
  | { ok: false; reason: "invalid" | "throttled" };

/** Unknown user, wrong password and inactive user all answer "invalid", after the same amount of hashing work. */
export async function authenticate(
  db: Db, input: { email: string; password: string; address: string }, clock: Clock,
): Promise<AuthenticateResult> {
  const email = input.email.trim().toLowerCase();
  if (await isLoginThrottled(db, email, input.address, clock)) return { ok: false, reason: "throttled" };
  const [user] = await db.select().from(users).where(eq(sql`lower(${users.email})`, email));
  const matches = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
  const ok = Boolean(user && user.active && matches);
  await recordLoginAttempt(db, email, input.address, ok, clock);
  if (!ok || !user) return { ok: false, reason: "invalid" };
  return { ok: true, user: { id: user.id, name: user.name, email: user.email, role: user.role } };
}
