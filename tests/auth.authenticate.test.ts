import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "../db/schema";
import { authenticate } from "../lib/auth/authenticate";
import { MAX_FAILURES, WINDOW_MINUTES } from "../lib/auth/throttle";
import { fixedClock } from "../lib/core/clock";
import { hashPassword, verifyPassword } from "../lib/core/password";
import { makeCompany, makeUser } from "./support/fixtures";
import { useTestDb } from "./support/test-db";

const t = useTestDb();

async function userWithPassword(password: string) {
  const company = await makeCompany(t.db);
  return makeUser(t.db, "operator", [company.id], { passwordHash: await hashPassword(password) });
}

describe("password hashing", () => {
  it("verifies the right password only", async () => {
    const hash = await hashPassword("correta-123");
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(await verifyPassword("correta-123", hash)).toBe(true);
    expect(await verifyPassword("errada-123", hash)).toBe(false);
  });
});

describe("authenticate", () => {
  it("accepts the right password, case-insensitive e-mail", async () => {
    const user = await userWithPassword("segredo-1");
    const r = await authenticate(t.db, { email: user.email.toUpperCase(), password: "segredo-1", address: "1.1.1.1" }, fixedClock("2026-11-23T12:00:00Z"));
    expect(r).toMatchObject({ ok: true, user: { id: user.id } });
  });

  it("answers the same for unknown users, wrong passwords and inactive users", async () => {
    const clock = fixedClock("2026-11-23T12:00:00Z");
    const user = await userWithPassword("segredo-2");
    const wrong = await authenticate(t.db, { email: user.email, password: "outra", address: "a" }, clock);
    const unknown = await authenticate(t.db, { email: "ninguem@x.dev", password: "outra", address: "a" }, clock);
    await t.db.update(users).set({ active: false }).where(eq(users.id, user.id));
    const inactive = await authenticate(t.db, { email: user.email, password: "segredo-2", address: "a" }, clock);
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrong);
    expect(inactive).toEqual(wrong);
  });

  it(`throttles after ${MAX_FAILURES} failures per e-mail and address for ${WINDOW_MINUTES} minutes`, async () => {
    const clock = fixedClock("2026-11-23T12:00:00Z");
    const user = await userWithPassword("segredo-3");
    for (let i = 0; i < MAX_FAILURES; i++) {
      expect(await authenticate(t.db, { email: user.email, password: `x${i}`, address: "10.0.0.1" }, clock)).toMatchObject({ reason: "invalid" });
      clock.advance(60_000);
    }
    // Even the right password is refused while throttled…
    expect(await authenticate(t.db, { email: user.email, password: "segredo-3", address: "10.0.0.1" }, clock)).toEqual({ ok: false, reason: "throttled" });
    // …but only for that address.
    expect(await authenticate(t.db, { email: user.email, password: "segredo-3", address: "10.0.0.2" }, clock)).toMatchObject({ ok: true });
    // Once the oldest failures leave the window, sign-in works again.
    clock.advance(WINDOW_MINUTES * 60_000);
    expect(await authenticate(t.db, { email: user.email, password: "segredo-3", address: "10.0.0.1" }, clock)).toMatchObject({ ok: true });
  });
});
