import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notifications, providerAccounts, whatsappAccounts, whatsappTemplates } from "../db/schema";
import { fixedClock } from "../lib/core/clock";
import { encryptSecret } from "../lib/core/crypto";
import { createMetaTemplate } from "../lib/providers/meta/client";
import { reviewMetaTemplate } from "../lib/providers/meta/simulator-control";
import { startMetaSimulatorServer } from "../lib/providers/meta/simulator-server";
import type { RunCounts } from "../lib/scheduler/processes/define";
import { whatsappAccountFor } from "../lib/whatsapp/account/whatsapp-account-for";
import { syncWhatsappTemplatesProcess } from "../lib/whatsapp/processes/sync-templates-process";
import { makeCompany, makeUser } from "./support/fixtures";
import { useTestDb } from "./support/test-db";

const t = useTestDb();
let sim: Awaited<ReturnType<typeof startMetaSimulatorServer>>;
beforeAll(async () => {
  sim = await startMetaSimulatorServer();
  sim.state.setReviewRules({ autoReviewMs: null });
});
afterAll(async () => {
  await sim.close();
});

async function runProcess(companyIds: number[], iso: string) {
  const lines: string[] = [];
  const counts: RunCounts = await syncWhatsappTemplatesProcess.handler({
    db: t.db, clock: fixedClock(iso), params: {},
    run: { id: 1, referenceDate: iso.slice(0, 10), companyIds, scheduledFor: new Date(iso) },
    log: async (message) => { lines.push(message); }, progress: async () => {}, isCancelled: async () => false,
  });
  return { counts, lines };
}

describe("GERFP095 process: Sincronizar WhatsApp", () => {
  it("applies Meta's decisions the webhook missed and imports templates created in Meta, per company", async () => {
    const company = await makeCompany(t.db, "Escola");
    const account = await whatsappAccountFor(t.db, company.id);
    const [provider] = await t.db.insert(providerAccounts).values({
      provider: "meta", name: `Meta ${company.id}`, baseUrl: sim.baseUrl,
      credentials: { token: encryptSecret("tok"), appSecret: encryptSecret("s"), verifyToken: encryptSecret("v"), wabaId: "5550001", phoneNumberId: "5550002" },
    }).returning();
    await t.db.update(whatsappAccounts).set({ officialAccountId: provider!.id }).where(eq(whatsappAccounts.id, account.id));
    sim.state.apps.push({ wabaId: "5550001", phoneNumberId: "5550002", displayPhoneNumber: "5511900000000", token: "tok", appSecret: "s", verifyToken: "v", callbackUrl: "http://127.0.0.1:9/x", registeredAt: new Date() });
    const connection = { baseUrl: sim.baseUrl, token: "tok", wabaId: "5550001", phoneNumberId: "5550002" };
    const known = await createMetaTemplate(connection, { name: "aviso", category: "UTILITY", body: "Olá {{1}}, tudo bem?", examples: ["Ana"] });
    const direct = await createMetaTemplate(connection, { name: "direto_na_meta", category: "MARKETING", body: "Oferta para você.", examples: [] });
    if (!known.ok || !direct.ok) throw new Error("simulador recusou");
    await t.db.insert(whatsappTemplates).values({ whatsappAccountId: account.id, companyId: company.id, name: "aviso", category: "UTILITY", body: "Olá {{1}}, tudo bem?", metaTemplateId: known.id });
    reviewMetaTemplate(sim.state, known.id, { decision: "APPROVED" });
    const unconfigured = await makeCompany(t.db, "Sem WhatsApp");
    await whatsappAccountFor(t.db, unconfigured.id);

    const { counts, lines } = await runProcess([company.id, unconfigured.id], "2026-11-23T12:00:00Z");
    expect(counts).toEqual({ found: 2, failed: 0, skipped: 1 });
    const rows = await t.db.select({ name: whatsappTemplates.name, status: whatsappTemplates.status, imported: whatsappTemplates.imported })
      .from(whatsappTemplates).where(eq(whatsappTemplates.companyId, company.id)).orderBy(whatsappTemplates.name);
    expect(rows).toEqual([{ name: "aviso", status: "approved", imported: false }, { name: "direto_na_meta", status: "pending", imported: true }]);
    expect(lines.some((l) => l.includes("2 modelo(s) na Meta, 1 atualizado(s), 1 importado(s)"))).toBe(true);
    expect(lines.some((l) => l.includes("API oficial não configurada"))).toBe(true);
  });

  it("warns the admin user from 3 days before the PlugMessage session expires and once it expired, once each", async () => {
    const company = await makeCompany(t.db, "Loja");
    const admin = await makeUser(t.db, "admin", [company.id]);
    const account = await whatsappAccountFor(t.db, company.id);
    await t.db.update(whatsappAccounts).set({
      apiMode: "unofficial", adminUserId: admin.id, plugSessionId: "s1",
      plugConnectedAt: new Date("2026-11-10T12:00:00Z"), plugExpiresAt: new Date("2026-11-25T12:00:00Z"),
    }).where(eq(whatsappAccounts.id, account.id));
    const titles = async () => (await t.db.select({ title: notifications.title }).from(notifications).where(eq(notifications.userId, admin.id))).map((n) => n.title);

    await runProcess([company.id], "2026-11-21T12:00:00Z");
    expect(await titles()).toEqual([]);
    const { lines } = await runProcess([company.id], "2026-11-23T12:00:00Z");
    expect(lines).toContain("Empresa " + company.code + ": A sessão expira em 2 dias: leia o QR code novamente");
    await runProcess([company.id], "2026-11-24T12:00:00Z");
    expect(await titles()).toEqual(["Sessão do PlugMessage perto de expirar"]);
    await runProcess([company.id], "2026-11-26T12:00:00Z");
    await runProcess([company.id], "2026-11-27T12:00:00Z");
    expect((await titles()).sort()).toEqual(["PlugMessage desconectado", "Sessão do PlugMessage perto de expirar"]);
  });
});

describe("sandbox: Meta apps survive a restart of the web process", () => {
  it("re-registers accounts saved against the simulator, once, with their decrypted secrets and webhook URL", async () => {
    const { metaSandboxState } = await import("../lib/providers/meta/sandbox-state");
    const { restoreMetaSandboxApps } = await import("../lib/sandbox/meta/restore-meta-apps");
    process.env.APP_BASE_URL = "http://127.0.0.1:3999";
    const company = await makeCompany(t.db, "Reinício");
    const account = await whatsappAccountFor(t.db, company.id);
    const [provider] = await t.db.insert(providerAccounts).values({
      provider: "meta", name: `Meta reinício ${company.id}`, baseUrl: "http://127.0.0.1:3999/api/sandbox/meta/v21.0",
      credentials: { token: encryptSecret("tok-r"), appSecret: encryptSecret("sec-r"), verifyToken: encryptSecret("ver-r"), wabaId: "9990001", phoneNumberId: "9990002" },
    }).returning();
    await t.db.update(whatsappAccounts).set({ officialAccountId: provider!.id }).where(eq(whatsappAccounts.id, account.id));
    metaSandboxState().reset();
    // Every account saved against a simulator URL comes back (the earlier tests' accounts too).
    const restored = await restoreMetaSandboxApps(t.db);
    expect(restored).toBeGreaterThanOrEqual(1);
    expect(metaSandboxState().appFor("9990001")).toMatchObject({
      token: "tok-r", appSecret: "sec-r", verifyToken: "ver-r", phoneNumberId: "9990002", callbackUrl: `http://127.0.0.1:3999/api/webhooks/whatsapp/${account.id}`,
    });
    // Once per process: a second call restores nothing more.
    expect(await restoreMetaSandboxApps(t.db)).toBe(restored);
    expect(metaSandboxState().apps.filter((a) => a.wabaId === "9990001")).toHaveLength(1);
  });
});
