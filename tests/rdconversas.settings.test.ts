import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { additionalFields, auditLog, providerAccounts } from "../db/schema";
import { executeAction } from "../lib/core/action";
import { fixedClock } from "../lib/core/clock";
import { decryptSecret } from "../lib/core/crypto";
import { RD_SANDBOX_TOKEN, RD_SEED_CHIPS } from "../lib/providers/rdconversas/simulator-seed";
import { startRdSimulatorServer } from "../lib/providers/rdconversas/simulator-server";
import { getRdConfig } from "../lib/rdconversas/get-config";
import { RD_MODULE_ACCOUNT_NAME } from "../lib/rdconversas/module-account";
import { settingActions } from "../lib/settings/actions";
import { makeCtx } from "./support/fixtures";
import { useTestDb } from "./support/test-db";

process.env.APP_SECRET = "chave-de-teste";

const t = useTestDb();
const clock = fixedClock("2026-11-23T12:00:00Z");
let sim: Awaited<ReturnType<typeof startRdSimulatorServer>>;

beforeAll(async () => {
  sim = await startRdSimulatorServer();
  process.env.RDCONVERSAS_BASE_URL = sim.baseUrl;
  await t.db.insert(additionalFields).values({ code: "RDCONV_ID", label: "ID RD Conversas", type: "text" }).onConflictDoNothing();
});
afterAll(() => sim.close());

const save = (userId: number, value: Record<string, unknown>) =>
  executeAction(settingActions["settings.update"], { code: "DS_LST_CONFIG_RDCONVERSAS", value }, { userId }, { db: t.db, clock });

const valid = { DS_TOKEN_RDCONVERSAS: RD_SANDBOX_TOKEN, CD_CAMPO_ADIC_PESRDCONV: "RDCONV_ID", NR_CHIP_RDCONVERSAS: "(11) 99999-0002", QT_DIAS_AVISO_VENC: 2 };

describe("DS_LST_CONFIG_RDCONVERSAS", () => {
  it("is off until saved", async () => {
    expect(await getRdConfig(t.db)).toBeNull();
  });

  it("names the chip numbers the account has when none matches, and stores nothing", async () => {
    const { user } = await makeCtx(t.db);
    const result = await save(user.id, { ...valid, NR_CHIP_RDCONVERSAS: "11 98888-7777" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { NR_CHIP_RDCONVERSAS: [expect.stringContaining("+55 11 99999-0001")] } });
    expect(await getRdConfig(t.db)).toBeNull();
  });

  it("says the token was refused when the provider refuses it", async () => {
    const { user } = await makeCtx(t.db);
    const result = await save(user.id, { ...valid, DS_TOKEN_RDCONVERSAS: "token-errado" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { DS_TOKEN_RDCONVERSAS: [expect.any(String)] } });
    if (!result.ok) expect(result.error).toMatch(/chips/);
  });

  it("refuses days ahead outside 0–60", async () => {
    const { user } = await makeCtx(t.db);
    expect(await save(user.id, { ...valid, QT_DIAS_AVISO_VENC: 61 })).toMatchObject({
      ok: false, fieldErrors: { QT_DIAS_AVISO_VENC: ["Os dias de antecedência vão de 0 a 60."] },
    });
  });

  it("resolves the chip to its integration id, keeps the token encrypted in the module account, and audits", async () => {
    const { user } = await makeCtx(t.db);
    expect(await save(user.id, valid)).toMatchObject({ ok: true });
    const config = await getRdConfig(t.db);
    expect(config).toMatchObject({ ID_INTEGRACAO_CHIP: RD_SEED_CHIPS[1]!._id, QT_DIAS_AVISO_VENC: 2, DS_TOKEN_RDCONVERSAS: RD_SANDBOX_TOKEN });
    const [account] = await t.db.select().from(providerAccounts)
      .where(and(eq(providerAccounts.provider, "rdconversas"), eq(providerAccounts.name, RD_MODULE_ACCOUNT_NAME)));
    expect(account!.baseUrl).toBe(sim.baseUrl);
    const token = (account!.credentials as { token: string }).token;
    expect(token).not.toContain(RD_SANDBOX_TOKEN);
    expect(decryptSecret(token)).toBe(RD_SANDBOX_TOKEN);
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.entityId, "DS_LST_CONFIG_RDCONVERSAS"));
    expect(audits).toHaveLength(1);
    expect(JSON.stringify(audits[0]!.after)).not.toContain(RD_SANDBOX_TOKEN);
  });

  it("keeps the stored token when saved again with the token left blank", async () => {
    const { user } = await makeCtx(t.db);
    expect(await save(user.id, { ...valid, DS_TOKEN_RDCONVERSAS: "", NR_CHIP_RDCONVERSAS: "+5511999990001" })).toMatchObject({ ok: true });
    expect(await getRdConfig(t.db)).toMatchObject({ DS_TOKEN_RDCONVERSAS: RD_SANDBOX_TOKEN, ID_INTEGRACAO_CHIP: RD_SEED_CHIPS[0]!._id });
  });
});
