import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, users } from "../db/schema";
import { executeAction } from "../lib/core/action";
import { fixedClock } from "../lib/core/clock";
import { hashPassword, verifyPassword } from "../lib/core/password";
import { userActions } from "../lib/users/actions";
import { makeCompany, makeCtx, makeUser } from "./support/fixtures";
import { useTestDb } from "./support/test-db";

const t = useTestDb();
const clock = fixedClock("2026-11-23T12:00:00Z");
const reset = (userId: number, input: unknown) =>
  executeAction(userActions["users.resetPassword"], input, { userId }, { db: t.db, clock });

describe("resetPassword", () => {
  it("replaces the password with the one the admin typed and audits without any secret", async () => {
    const ctx = await makeCtx(t.db);
    const target = await makeUser(t.db, "operator", [ctx.companyId], { passwordHash: await hashPassword("antiga-123") });
    expect(await reset(ctx.user.id, { id: target.id, password: "nova-senha-456" })).toEqual({ ok: true, data: { id: target.id } });
    const [after] = await t.db.select().from(users).where(eq(users.id, target.id));
    expect(await verifyPassword("nova-senha-456", after!.passwordHash)).toBe(true);
    expect(await verifyPassword("antiga-123", after!.passwordHash)).toBe(false);
    const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.entityId, String(target.id)), eq(auditLog.action, "reset_password")));
    expect(entry).toMatchObject({ entity: "user", userId: ctx.user.id, before: null, after: null });
  });

  it("refuses a short password naming the field, and operators", async () => {
    const ctx = await makeCtx(t.db);
    const target = await makeUser(t.db, "operator", [ctx.companyId]);
    expect(await reset(ctx.user.id, { id: target.id, password: "1234" }))
      .toMatchObject({ ok: false, code: "INVALID", fieldErrors: { password: ["A senha deve ter ao menos 8 caracteres."] } });
    expect(await reset(target.id, { id: ctx.user.id, password: "12345678" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("refuses a user who also works in a company the admin does not hold", async () => {
    const ctx = await makeCtx(t.db);
    const other = await makeCompany(t.db);
    const target = await makeUser(t.db, "admin", [ctx.companyId, other.id], { passwordHash: "inalterado" });
    expect(await reset(ctx.user.id, { id: target.id, password: "12345678" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const [after] = await t.db.select().from(users).where(eq(users.id, target.id));
    expect(after?.passwordHash).toBe("inalterado");
  });

  it("answers not found for an unknown user", async () => {
    const ctx = await makeCtx(t.db);
    expect(await reset(ctx.user.id, { id: 999_999, password: "12345678" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});
