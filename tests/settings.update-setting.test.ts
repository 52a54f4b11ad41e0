import { and, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { auditLog, settings } from "../db/schema";
import { executeAction } from "../lib/core/action";
import { fixedClock } from "../lib/core/clock";
import { decryptSecret, isEncrypted } from "../lib/core/crypto";
import { savePhoneType } from "../lib/phone-types/save-phone-type";
import { settingActions } from "../lib/settings/actions";
import { getSetting } from "../lib/settings/get-setting";
import { listSettings } from "../lib/settings/list-settings";
import { defineSetting } from "../lib/settings/registry";
import { makeCompany, makeCtx } from "./support/fixtures";
import { useTestDb } from "./support/test-db";

process.env.APP_SECRET = "chave-de-teste";

const t = useTestDb();
const clock = fixedClock("2026-11-23T12:00:00Z");
const update = (userId: number, input: unknown) =>
  executeAction(settingActions["settings.update"], input, { userId }, { db: t.db, clock });

/** A provider-like parameter with a secret, registered only for this file. */
const tokenSetting = defineSetting({
  code: "TESTE_TOKEN_PROVEDOR",
  scope: "organization",
  module: "Testes",
  title: "Token do provedor de teste",
  description: "Parâmetro com segredo usado só nos testes.",
  schema: z.object({ baseUrl: z.string().url("Informe uma URL válida."), token: z.string().min(1, "Informe o token.") }),
  fields: [{ key: "baseUrl", label: "URL", kind: "text" }, { key: "token", label: "Token", kind: "secret" }],
  defaults: { baseUrl: "https://api.exemplo.dev", token: "" },
});

const storedRow = (code: string) => t.db.select().from(settings).where(and(eq(settings.code, code), isNull(settings.companyId)));

describe("updateSetting", () => {
  it("refuses an invalid value naming the field", async () => {
    const ctx = await makeCtx(t.db);
    expect(await update(ctx.user.id, { code: "HR_SILENCIO_ENVIOS", value: { enabled: true, start: "25:00", end: "08:00" } })).toMatchObject({
      ok: false, code: "INVALID", fieldErrors: { start: ["Use o formato HH:MM, ex.: 21:00."] },
    });
    expect(await update(ctx.user.id, { code: "NAO_EXISTE", value: {} })).toMatchObject({ ok: false, fieldErrors: { code: ["Parâmetro NAO_EXISTE não existe."] } });
  });

  it("stores a secret encrypted, shows it masked, and keeps it when the field comes back blank", async () => {
    const ctx = await makeCtx(t.db);
    expect(await update(ctx.user.id, { code: tokenSetting.code, value: { baseUrl: "", token: "" } })).toMatchObject({
      ok: false, fieldErrors: { baseUrl: ["Informe uma URL válida."], token: ["Informe o token."] },
    });
    expect(await update(ctx.user.id, { code: tokenSetting.code, value: { baseUrl: "https://api.exemplo.dev", token: "tok-secreto-abcd1234" } }))
      .toEqual({ ok: true, data: { code: tokenSetting.code } });
    const [first] = await storedRow(tokenSetting.code);
    const stored = (first!.value as { token: string }).token;
    expect(isEncrypted(stored)).toBe(true);
    expect(stored).not.toContain("tok-secreto");
    expect(decryptSecret(stored)).toBe("tok-secreto-abcd1234");

    const view = (await listSettings({ ctx, input: { companyId: ctx.companyId } })).find((s) => s.code === tokenSetting.code);
    expect(view).toMatchObject({ configured: true, value: { baseUrl: "https://api.exemplo.dev", token: "••••••••1234" } });

    expect(await update(ctx.user.id, { code: tokenSetting.code, value: { baseUrl: "https://outra.exemplo.dev", token: "" } })).toMatchObject({ ok: true });
    const [second] = await storedRow(tokenSetting.code);
    expect((second!.value as { token: string }).token).toBe(stored);
    expect(await getSetting(t.db, tokenSetting)).toEqual({ baseUrl: "https://outra.exemplo.dev", token: "tok-secreto-abcd1234" });
  });

  it("writes an audit entry for every change, with secrets hidden", async () => {
    const ctx = await makeCtx(t.db);
    await update(ctx.user.id, { code: "HR_SILENCIO_ENVIOS", value: { enabled: true, start: "22:00", end: "07:00" } });
    await update(ctx.user.id, { code: "HR_SILENCIO_ENVIOS", value: { enabled: false, start: "22:00", end: "07:00" } });
    const entries = await t.db.select().from(auditLog)
      .where(and(eq(auditLog.entity, "setting"), eq(auditLog.entityId, "HR_SILENCIO_ENVIOS"), eq(auditLog.userId, ctx.user.id)));
    expect(entries.map((e) => [e.action, e.companyId, e.before, e.after])).toEqual([
      ["create", null, null, { enabled: true, start: "22:00", end: "07:00" }],
      ["update", null, { enabled: true, start: "22:00", end: "07:00" }, { enabled: false, start: "22:00", end: "07:00" }],
    ]);

    await update(ctx.user.id, { code: tokenSetting.code, value: { baseUrl: "https://api.exemplo.dev", token: "outro-token-9999" } });
    const [secretEntry] = await t.db.select().from(auditLog)
      .where(and(eq(auditLog.entityId, tokenSetting.code), eq(auditLog.userId, ctx.user.id)));
    expect(secretEntry?.after).toEqual({ baseUrl: "https://api.exemplo.dev", token: "[protegido]" });
  });

  it("saves a company parameter for a granted company only", async () => {
    const ctx = await makeCtx(t.db);
    const foreign = await makeCompany(t.db, "Empresa não liberada");
    await savePhoneType({ ctx, input: { code: "CEL", description: "Celular" } });
    expect(await update(ctx.user.id, { code: "CD_TIPOFONE_CELULAR", value: { phoneTypeCode: "CEL" } }))
      .toMatchObject({ ok: false, code: "INVALID", fieldErrors: { companyId: ["Escolha a empresa do parâmetro."] } });
    expect(await update(ctx.user.id, { code: "CD_TIPOFONE_CELULAR", companyId: foreign.id, value: { phoneTypeCode: "CEL" } }))
      .toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await t.db.select().from(settings).where(eq(settings.companyId, foreign.id))).toHaveLength(0);

    expect(await update(ctx.user.id, { code: "CD_TIPOFONE_CELULAR", companyId: ctx.companyId, value: { phoneTypeCode: "CEL" } })).toMatchObject({ ok: true });
    const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.entityId, "CD_TIPOFONE_CELULAR"), eq(auditLog.userId, ctx.user.id)));
    expect(entry).toMatchObject({ action: "create", companyId: ctx.companyId, after: { phoneTypeCode: "CEL" } });
  });

  it("refuses a phone type that does not exist", async () => {
    const ctx = await makeCtx(t.db);
    expect(await update(ctx.user.id, { code: "CD_TIPOFONE_CELULAR", companyId: ctx.companyId, value: { phoneTypeCode: "XYZ" } })).toMatchObject({
      ok: false, code: "INVALID", fieldErrors: { phoneTypeCode: ["Tipo de telefone XYZ não existe."] },
    });
  });

  it("is for admins only", async () => {
    const ctx = await makeCtx(t.db, "operator");
    expect(await update(ctx.user.id, { code: "HR_SILENCIO_ENVIOS", value: { enabled: true, start: "22:00", end: "07:00" } }))
      .toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});
