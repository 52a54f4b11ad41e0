import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { apiKeys, auditLog } from "../db/schema";
import { authenticateApiKey } from "../lib/api/authenticate-api-key";
import { apiKeyActions } from "../lib/api-keys/actions";
import { listApiKeys } from "../lib/api-keys/list-api-keys";
import { executeAction, type ActionDef } from "../lib/core/action";
import { fixedClock } from "../lib/core/clock";
import type { Ctx } from "../lib/core/ctx";
import { makeCompany, makeCtx, makeUser } from "./support/fixtures";
import { useTestDb } from "./support/test-db";

const t = useTestDb();
const clock = fixedClock("2026-11-23T12:00:00Z");
let ctx: Ctx;

const run = (name: keyof typeof apiKeyActions, input: unknown, userId = ctx.user.id) =>
  executeAction(apiKeyActions[name] as unknown as ActionDef, input, { userId }, { db: t.db, clock });
const bearer = (key: string) => new Request("http://recado.test/api/v1/people", { method: "POST", headers: { Authorization: `Bearer ${key}` } });

async function createKey(name = "ERP produção", userId = ctx.user.id) {
  const result = await run("apiKeys.create", { name }, userId);
  if (!result.ok) throw new Error(result.error);
  return result.data as { id: number; name: string; prefix: string; key: string };
}

beforeAll(async () => {
  ctx = await makeCtx(t.db, "admin");
});

describe("apiKeys.create", () => {
  it("returns the full key once and stores only its SHA-256 and first 10 characters", async () => {
    const created = await createKey();
    expect(created.key).toMatch(/^rk_[A-Za-z0-9_-]{43}$/);
    expect(created.prefix).toBe(created.key.slice(0, 10));

    const [row] = await t.db.select().from(apiKeys).where(eq(apiKeys.id, created.id));
    expect(row).toMatchObject({ companyId: ctx.companyId, name: "ERP produção", prefix: created.prefix, createdBy: ctx.user.id, revokedAt: null });
    expect(row!.hash).toBe(createHash("sha256").update(created.key).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(created.key);

    const listed = await listApiKeys({ ctx });
    expect(listed.find((k) => k.id === created.id)).toMatchObject({ name: "ERP produção", prefix: created.prefix, createdBy: ctx.user.name, lastUsedAt: null });
    expect(JSON.stringify(listed)).not.toContain(created.key.slice(10));

    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entity, "api_key"));
    expect(audit.find((a) => a.entityId === String(created.id))).toMatchObject({ action: "create", userId: ctx.user.id, companyId: ctx.companyId });
    expect(JSON.stringify(audit)).not.toContain(created.key.slice(10));
  });

  it("gives a different key every time and refuses a nameless one", async () => {
    const [a, b] = [await createKey("ERP A"), await createKey("ERP B")];
    expect(a.key).not.toBe(b.key);
    expect(await run("apiKeys.create", { name: " " })).toMatchObject({
      ok: false, code: "INVALID", fieldErrors: { name: ["Informe um nome para a chave (ao menos 2 letras), ex.: ERP produção."] },
    });
  });

  it("is for admins only", async () => {
    const operator = await makeUser(t.db, "operator", [ctx.companyId]);
    expect(await run("apiKeys.create", { name: "ERP" }, operator.id)).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("apiKeys.revoke", () => {
  it("makes the key answer 401 from the next request on, and says so when revoked twice", async () => {
    const created = await createKey();
    expect(await authenticateApiKey(t.db, clock, bearer(created.key))).toEqual({ companyId: ctx.companyId, keyId: created.id });
    const [used] = await t.db.select().from(apiKeys).where(eq(apiKeys.id, created.id));
    expect(used!.lastUsedAt).toEqual(clock.now());

    expect(await run("apiKeys.revoke", { id: created.id })).toMatchObject({ ok: true });
    const refused = await authenticateApiKey(t.db, clock, bearer(created.key));
    expect(refused).toBeInstanceOf(Response);
    expect((refused as Response).status).toBe(401);
    expect(await (refused as Response).json()).toEqual({ error: "Chave de API inválida ou revogada." });

    const [revoked] = await t.db.select().from(apiKeys).where(eq(apiKeys.id, created.id));
    expect(revoked).toMatchObject({ revokedAt: clock.now(), revokedBy: ctx.user.id });
    expect((await listApiKeys({ ctx })).find((k) => k.id === created.id)?.revokedAt).toEqual(clock.now());
    expect(await run("apiKeys.revoke", { id: created.id })).toMatchObject({ ok: false, code: "CONFLICT", error: "Esta chave já está revogada." });
  });

  it("cannot touch another company's key (not found), nor list it", async () => {
    const otherCompany = await makeCompany(t.db, "Outra empresa");
    const otherAdmin = await makeUser(t.db, "admin", [otherCompany.id]);
    const theirs = await createKey("ERP da outra", otherAdmin.id);
    expect(await run("apiKeys.revoke", { id: theirs.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await listApiKeys({ ctx })).some((k) => k.id === theirs.id)).toBe(false);
    expect(await authenticateApiKey(t.db, clock, bearer(theirs.key))).toEqual({ companyId: otherCompany.id, keyId: theirs.id });
  });

  it("refuses a missing or malformed Authorization header", async () => {
    const noHeader = await authenticateApiKey(t.db, clock, new Request("http://recado.test/api/v1/people", { method: "POST" }));
    expect((noHeader as Response).status).toBe(401);
    const basic = await authenticateApiKey(t.db, clock, new Request("http://recado.test/", { headers: { Authorization: "Basic abc" } }));
    expect((basic as Response).status).toBe(401);
  });
});
