import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, users } from "../db/schema";
import { defineAction, executeAction } from "../lib/core/action";
import { fixedClock } from "../lib/core/clock";
import { setUserActive } from "../lib/users/set-user-active";
import { z } from "zod";
import { makeCompany, makeCtx, makeUser } from "./support/fixtures";
import { useTestDb } from "./support/test-db";

const t = useTestDb();
const clock = fixedClock("2026-11-23T12:00:00Z");
const whoAmI = defineAction({ role: "operator", input: z.object({}), service: async ({ ctx }) => ctx.user.id });

describe("setUserActive", () => {
  it("deactivates a user, who is refused on the next request, and reactivates them", async () => {
    const ctx = await makeCtx(t.db);
    const target = await makeUser(t.db, "operator", [ctx.companyId]);
    await setUserActive({ ctx, input: { id: target.id, active: false } });
    expect(await executeAction(whoAmI, {}, { userId: target.id }, { db: t.db, clock })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });

    await setUserActive({ ctx, input: { id: target.id, active: true } });
    expect(await executeAction(whoAmI, {}, { userId: target.id }, { db: t.db, clock })).toEqual({ ok: true, data: target.id });
    const entries = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, "user"), eq(auditLog.entityId, String(target.id))));
    expect(entries.map((e) => e.action)).toEqual(["deactivate", "reactivate"]);
  });

  it("refuses deactivating a user who also works in a company the admin does not hold", async () => {
    const ctx = await makeCtx(t.db);
    const other = await makeCompany(t.db);
    const target = await makeUser(t.db, "operator", [ctx.companyId, other.id]);
    await expect(setUserActive({ ctx, input: { id: target.id, active: false } })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses an admin deactivating themselves", async () => {
    const ctx = await makeCtx(t.db);
    await expect(setUserActive({ ctx, input: { id: ctx.user.id, active: false } }))
      .rejects.toMatchObject({ code: "INVALID", fieldErrors: { active: ["Você não pode desativar o seu próprio usuário."] } });
  });

  it("refuses deactivating the last active admin", async () => {
    const ctx = await makeCtx(t.db);
    const other = await makeUser(t.db, "admin", [ctx.companyId]);
    // The caller was deactivated by someone else after their request started: `other` is now the only active admin.
    await t.db.update(users).set({ active: false }).where(eq(users.role, "admin"));
    await t.db.update(users).set({ active: true }).where(eq(users.id, other.id));
    await expect(setUserActive({ ctx, input: { id: other.id, active: false } }))
      .rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { active: [expect.stringContaining("último administrador ativo")] } });
    const [still] = await t.db.select().from(users).where(eq(users.id, other.id));
    expect(still?.active).toBe(true);
  });
});
