import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, companies, userCompanies, users } from "../db/schema";
import { executeAction } from "../lib/core/action";
import { fixedClock } from "../lib/core/clock";
import { loadContext } from "../lib/core/ctx";
import { verifyPassword } from "../lib/core/password";
import { userActions } from "../lib/users/actions";
import { listUsers } from "../lib/users/list-users";
import { saveUser } from "../lib/users/save-user";
import { makeCompany, makeCtx, makeUser } from "./support/fixtures";
import { useTestDb } from "./support/test-db";

const t = useTestDb();
const clock = fixedClock("2026-11-23T12:00:00Z");
const save = (userId: number, input: unknown) => executeAction(userActions["users.save"], input, { userId }, { db: t.db, clock });

const grantsOf = async (userId: number) =>
  (await t.db.select().from(userCompanies).where(eq(userCompanies.userId, userId))).map((g) => g.companyId).sort((a, b) => a - b);

describe("saveUser", () => {
  it("creates a user who can sign in with the initial password, granted the chosen companies", async () => {
    const ctx = await makeCtx(t.db);
    const r = await save(ctx.user.id, {
      name: "Bruna Souza", email: "  Bruna.Souza@Empresa.com.br ", role: "operator", password: "senha-forte-1", companyIds: [ctx.companyId],
    });
    expect(r.ok).toBe(true);
    const id = r.ok ? r.data.id : 0;
    const [created] = await t.db.select().from(users).where(eq(users.id, id));
    expect(created).toMatchObject({ name: "Bruna Souza", email: "bruna.souza@empresa.com.br", role: "operator", active: true });
    expect(await verifyPassword("senha-forte-1", created!.passwordHash)).toBe(true);
    expect(await grantsOf(id)).toEqual([ctx.companyId]);

    const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, "user"), eq(auditLog.entityId, String(id))));
    expect(entry).toMatchObject({ action: "create", userId: ctx.user.id });
    expect(entry?.after).toEqual({ name: "Bruna Souza", email: "bruna.souza@empresa.com.br", role: "operator", active: true, companyIds: [ctx.companyId] });
    expect(JSON.stringify(entry)).not.toContain("scrypt");
  });

  it("asks for an initial password of at least 8 characters and at least one company", async () => {
    const ctx = await makeCtx(t.db);
    const r = await save(ctx.user.id, { name: "Caio", email: "caio@teste.dev", role: "operator", password: "curta", companyIds: [] });
    expect(r).toMatchObject({
      ok: false, code: "INVALID",
      fieldErrors: { password: ["A senha deve ter ao menos 8 caracteres."], companyIds: ["Conceda acesso a pelo menos uma empresa."] },
    });
  });

  it("refuses an e-mail already in use whatever its case, naming the field", async () => {
    const ctx = await makeCtx(t.db);
    await makeUser(t.db, "operator", [ctx.companyId], { email: "duplicado@teste.dev" });
    const r = await save(ctx.user.id, { name: "Outra", email: "Duplicado@Teste.dev", role: "operator", password: "12345678", companyIds: [ctx.companyId] });
    expect(r).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { email: ["Já existe um usuário com este e-mail."] } });
  });

  it("only grants companies the admin holds", async () => {
    const ctx = await makeCtx(t.db);
    const other = await makeCompany(t.db, "Empresa de outro admin");
    const refused = await save(ctx.user.id, { name: "Dani", email: "dani@teste.dev", role: "operator", password: "12345678", companyIds: [other.id] });
    expect(refused).toMatchObject({ ok: false, code: "FORBIDDEN", fieldErrors: { companyIds: [expect.stringContaining("empresas que também são suas")] } });
  });

  it("refuses editing a user who also works in a company the admin does not hold", async () => {
    const ctx = await makeCtx(t.db);
    const other = await makeCompany(t.db, "Empresa de outro admin");
    const target = await makeUser(t.db, "operator", [ctx.companyId, other.id]);
    expect(await save(ctx.user.id, { id: target.id, name: "Outro nome", email: target.email, role: "admin", companyIds: [ctx.companyId] })).toMatchObject({
      ok: false, code: "FORBIDDEN", error: expect.stringContaining(`empresas que você não administra (${other.code})`),
    });
    const [unchanged] = await t.db.select().from(users).where(eq(users.id, target.id));
    expect(unchanged).toMatchObject({ name: target.name, role: "operator" });
  });

  it("keeps a user's grants to inactive companies, which the form does not offer", async () => {
    const first = await makeCtx(t.db);
    const paused = await makeCompany(t.db, "Empresa pausada");
    await t.db.insert(userCompanies).values({ userId: first.user.id, companyId: paused.id });
    await t.db.update(companies).set({ active: false }).where(eq(companies.id, paused.id));
    const ctx = await loadContext(t.db, first.user.id, clock);
    const target = await makeUser(t.db, "operator", [ctx.companyId, paused.id]);
    await saveUser({ ctx, input: { id: target.id, name: "Com empresa pausada", email: target.email, role: "operator", companyIds: [ctx.companyId] } });
    expect(await grantsOf(target.id)).toEqual([ctx.companyId, paused.id].sort((a, b) => a - b));
  });

  it("edits name, e-mail and role and audits before and after", async () => {
    const ctx = await makeCtx(t.db);
    const target = await makeUser(t.db, "operator", [ctx.companyId]);
    await saveUser({ ctx, input: { id: target.id, name: "Elisa Promovida", email: "elisa@teste.dev", role: "admin", companyIds: [ctx.companyId] } });
    const [after] = await t.db.select().from(users).where(eq(users.id, target.id));
    expect(after).toMatchObject({ name: "Elisa Promovida", email: "elisa@teste.dev", role: "admin", passwordHash: "x" });
    const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.entityId, String(target.id)), eq(auditLog.action, "update")));
    expect(entry?.before).toMatchObject({ role: "operator" });
    expect(entry?.after).toMatchObject({ role: "admin", name: "Elisa Promovida" });
  });

  it("refuses an admin demoting themselves", async () => {
    const ctx = await makeCtx(t.db);
    await expect(saveUser({ ctx, input: { id: ctx.user.id, name: ctx.user.name, email: ctx.user.email, role: "operator", companyIds: [ctx.companyId] } }))
      .rejects.toMatchObject({ code: "INVALID", fieldErrors: { role: ["Você não pode retirar o seu próprio perfil de administrador."] } });
  });

  it("refuses operators even when called directly", async () => {
    const ctx = await makeCtx(t.db, "operator");
    await expect(saveUser({ ctx, input: { name: "X", email: "x@teste.dev", role: "admin", password: "12345678", companyIds: [ctx.companyId] } }))
      .rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("listUsers", () => {
  it("lists the users sharing a company with the admin, with their company codes and never the password hash", async () => {
    const ctx = await makeCtx(t.db);
    const other = await makeCompany(t.db, "Empresa de outro admin");
    const colleague = await makeUser(t.db, "operator", [ctx.companyId], { name: "Zuleica Listada" });
    const shared = await makeUser(t.db, "operator", [ctx.companyId, other.id], { name: "Compartilhada" });
    const stranger = await makeUser(t.db, "operator", [other.id], { name: "De fora" });
    const rows = await listUsers({ ctx });
    expect(rows.find((u) => u.id === colleague.id)).toEqual({
      id: colleague.id, name: "Zuleica Listada", email: colleague.email, role: "operator", active: true,
      companies: [{ id: ctx.companyId, code: ctx.companies[0]!.code }], manageable: true,
    });
    expect(rows.find((u) => u.id === shared.id)).toMatchObject({ manageable: false });
    expect(rows.some((u) => u.id === stranger.id)).toBe(false);
  });
});
