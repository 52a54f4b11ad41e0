import { providerAccounts } from "../../db/schema";
import type { Db } from "../../db/client";
import { encryptSecret } from "../../lib/core/crypto";
import type { NewOutboxMessage } from "../../lib/messaging/enqueue-messages";
import { RD_SANDBOX_TOKEN, RD_SEED_CHIPS, RD_SEED_TEMPLATES } from "../../lib/providers/rdconversas/simulator-seed";

/** "pedido_enviado": three variables (name, order, tracking code). */
export const ORDER_SENT_TEMPLATE = RD_SEED_TEMPLATES[2]!._id;
export const CHIP = RD_SEED_CHIPS[0]!._id;

let accounts = 0;

/** An RD Conversas account pointing at `baseUrl`, token stored encrypted as the app stores it. */
export async function makeAccount(db: Db, baseUrl: string, overrides: Partial<typeof providerAccounts.$inferInsert> & { token?: string } = {}) {
  const { token = RD_SANDBOX_TOKEN, ...rest } = overrides;
  const [account] = await db.insert(providerAccounts).values({
    provider: "rdconversas", name: `Conta ${process.pid}-${++accounts}`, baseUrl, credentials: { token: encryptSecret(token) }, ...rest,
  }).returning();
  return account!;
}

export const phoneOf = (i: number) => `+55119${String(i).padStart(8, "0")}`;

/** `count` "pedido enviado" messages to distinct phones, keys prefixed so several batches never collide. */
export function orderSentMessages(count: number, { companyId, accountId, prefix, from = 0 }: {
  companyId: number; accountId: number; prefix: string; from?: number;
}): NewOutboxMessage[] {
  return Array.from({ length: count }, (_, n) => {
    const i = from + n;
    return {
      companyId, accountId, kind: "rd.template", recipient: phoneOf(i), producer: "teste", producerRef: String(i),
      payload: { templateId: ORDER_SENT_TEMPLATE, variables: [`Cliente ${i}`, `PED-${i}`, `BR${i}XX`], channelId: CHIP },
      idempotencyKey: `${prefix}:${i}`,
    };
  });
}
