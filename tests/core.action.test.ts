import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { auditLog, userCompanies, users } from "../db/schema";
import { defineAction, executeAction } from "../lib/core/action";
import { revokeSession } from "../lib/auth/revoke-session";
import { recordAudit } from "../lib/core/audit";
import { fixedClock } from "../lib/core/clock";
import { ServiceError } from "../lib/core/errors";
import { makeCompany, makeUser } from "./support/fixtures";
import { useTestDb } from "./support/test-db";

const t = useTestDb();
const clock = fixedClock("2026-11-23T12:00:00Z");

const echo = defineAction({
  role: "operator",
  input: z.object({ name: z.string().min(2, "Nome curto demais.") }),
  service: async ({ ctx, input }) => {
    await recordAudit(ctx, { entity: "echo", entityId: 1, action: "create", after: { name: input.name, token: "segredo" } });
    if (input.name === "falha") throw new ServiceError("CONFLICT", "Conflito de teste.", { name: ["já existe"] });
    return { hello: input.name, companyId: ctx.companyId };
  },
});
const adminOnly = defineAction({ role: "admin", input: z.object({}), service: async () => "ok" });

describe("executeAction", () => {
  it("refuses anonymous callers", async () => {
    const r = await executeAction(echo, { name: "Ana" }, null, { db: t.db, clock });
    expect(r).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("returns field errors in Portuguese for bad input", async () => {
    const company = await makeCompany(t.db);
    const user = await makeUser(t.db, "operator", [company.id]);
    const r = await executeAction(echo, { name: "A" }, { userId: user.id }, { db: t.db, clock });
    expect(r).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { name: ["Nome curto demais."] } });
  });

  it("runs the service with the logged company and audits without secrets", async () => {
    const company = await makeCompany(t.db);
    const user = await makeUser(t.db, "operator", [company.id]);
    const r = await executeAction(echo, { name: "Ana" }, { userId: user.id }, { db: t.db, clock });
    expect(r).toEqual({ ok: true, data: { hello: "Ana", companyId: company.id } });
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.userId, user.id));
    expect(entry?.after).toEqual({ name: "Ana", token: "[protegido]" });
  });

  it("rolls back everything when the service refuses", async () => {
    const company = await makeCompany(t.db);
    const user = await makeUser(t.db, "operator", [company.id]);
    const r = await executeAction(echo, { name: "falha" }, { userId: user.id }, { db: t.db, clock });
    expect(r).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { name: ["já existe"] } });
    expect(await t.db.select().from(auditLog).where(eq(auditLog.userId, user.id))).toHaveLength(0);
  });

  it("refuses operators on admin actions", async () => {
    const company = await makeCompany(t.db);
    const user = await makeUser(t.db, "operator", [company.id]);
    expect(await executeAction(adminOnly, {}, { userId: user.id }, { db: t.db, clock })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("checks the database on every call: deactivation and grant removal apply at once", async () => {
    const company = await makeCompany(t.db);
    const user = await makeUser(t.db, "operator", [company.id]);
    expect((await executeAction(echo, { name: "Ana" }, { userId: user.id }, { db: t.db, clock })).ok).toBe(true);
    await t.db.delete(userCompanies).where(eq(userCompanies.userId, user.id));
    expect(await executeAction(echo, { name: "Ana" }, { userId: user.id }, { db: t.db, clock })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await t.db.insert(userCompanies).values({ userId: user.id, companyId: company.id });
    await t.db.update(users).set({ active: false }).where(eq(users.id, user.id));
    expect(await executeAction(echo, { name: "Ana" }, { userId: user.id }, { db: t.db, clock })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("refuses a signed-out session but not the user's other sessions, and a password reset ends earlier ones", async () => {
    const company = await makeCompany(t.db);
    const user = await makeUser(t.db, "operator", [company.id]);
    const signedInAt = clock.now().getTime() - 60_000;
    const here = { userId: user.id, signedInAt, sessionId: "sessao-aqui" };
    const elsewhere = { userId: user.id, signedInAt, sessionId: "sessao-outro-aparelho" };
    await revokeSession(t.db, user.id, here.sessionId, clock);
    expect(await executeAction(echo, { name: "Ana" }, here, { db: t.db, clock })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await executeAction(echo, { name: "Ana" }, elsewhere, { db: t.db, clock })).toMatchObject({ ok: true });
    await t.db.update(users).set({ sessionsValidAfter: clock.now() }).where(eq(users.id, user.id));
    expect(await executeAction(echo, { name: "Ana" }, elsewhere, { db: t.db, clock })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    const signedInAfter = { userId: user.id, signedInAt: clock.now().getTime() + 1, sessionId: "sessao-nova" };
    expect(await executeAction(echo, { name: "Ana" }, signedInAfter, { db: t.db, clock })).toMatchObject({ ok: true });
  });

  it("falls back to a granted company when the stored logged company was revoked", async () => {
    const a = await makeCompany(t.db);
    const b = await makeCompany(t.db);
    const user = await makeUser(t.db, "operator", [a.id], { currentCompanyId: b.id });
    const r = await executeAction(echo, { name: "Ana" }, { userId: user.id }, { db: t.db, clock });
    expect(r).toMatchObject({ ok: true, data: { companyId: a.id } });
  });
});
