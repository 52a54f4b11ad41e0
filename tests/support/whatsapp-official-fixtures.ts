import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { outboxMessages, providerAccounts, whatsappAccounts, whatsappTemplates } from "../../db/schema";
import { encryptSecret } from "../../lib/core/crypto";
import { whatsappAccountFor } from "../../lib/whatsapp/account/whatsapp-account-for";

let counter = 0;

export const APP_SECRET = "segredo-do-app";
export const VERIFY_TOKEN = "token-de-verificacao";

/** A company's WhatsApp account configured for the official API: a Meta provider account with encrypted credentials. */
export async function makeOfficialAccount(db: Db, companyId: number, adminUserId: number | null = null) {
  const n = ++counter;
  const [provider] = await db.insert(providerAccounts).values({
    provider: "meta", name: `Meta ${process.pid}-${companyId}-${n}`, baseUrl: "http://127.0.0.1:9/v21.0",
    credentials: {
      token: encryptSecret("token-meta"), appSecret: encryptSecret(APP_SECRET), verifyToken: encryptSecret(VERIFY_TOKEN),
      wabaId: `waba-${n}`, phoneNumberId: `phone-${n}`,
    },
    limitPerBatch: 5, limitPerDay: 100,
  }).returning();
  const account = await whatsappAccountFor(db, companyId);
  const [updated] = await db.update(whatsappAccounts).set({ officialAccountId: provider!.id, apiMode: "official", adminUserId })
    .where(eq(whatsappAccounts.id, account.id)).returning();
  return { account: updated!, provider: provider! };
}

/** A template as Meta left it (approved by default), with its mapping. */
export async function makeTemplate(db: Db, account: { id: number; companyId: number }, values: Partial<typeof whatsappTemplates.$inferInsert> = {}) {
  const n = ++counter;
  const [template] = await db.insert(whatsappTemplates).values({
    whatsappAccountId: account.id, companyId: account.companyId, name: `modelo_${n}`, category: "UTILITY",
    body: "Olá {{1}}, aqui é {{2}} da {{3}}. Podemos falar?", examples: ["Maria", "João", "Recado"],
    status: "approved", metaTemplateId: `${900_000 + process.pid * 100 + n}`,
    mapping: ["debtor.first_name", "operator.first_name", "company.name"], ...values,
  }).returning();
  return template!;
}

/** An outbox row the dispatcher already sent to Meta, with its wamid. */
export async function makeSentMessage(db: Db, companyId: number, accountId: number, values: Partial<typeof outboxMessages.$inferInsert> = {}) {
  const n = ++counter;
  const [row] = await db.insert(outboxMessages).values({
    companyId, accountId, kind: "wa.template", recipient: "+5511987650000", payload: {}, producer: "test",
    idempotencyKey: `test:${process.pid}:${n}`, status: "sent", providerMessageId: `wamid.TESTE${process.pid}${n}`,
    sentAt: new Date("2026-11-23T12:00:00Z"), ...values,
  }).returning();
  return row!;
}
