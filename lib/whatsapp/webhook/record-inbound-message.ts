import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { ItemResult } from "./log-webhook-item";
import type { InboundItem } from "./payload";
import type { WebhookAccount } from "./webhook-account";

/**
 * A customer's message: the conversation (attached to the person who has that number) and the message, once per wamid.
 * Its time opens the 24-hour window; an older message arriving late never moves the window back.
 */
export async function recordInboundMessage(db: DbOrTx, account: WebhookAccount, item: InboundItem): Promise<ItemResult> {
  const phone = `+${item.from}`;
  const sentAt = new Date(item.timestamp * 1000).toISOString();
  const { rows: [conversation] } = await db.execute<{ id: number; person_id: number | null }>(sql`
    insert into whatsapp_conversations (whatsapp_account_id, company_id, phone, person_id, last_inbound_at)
    values (${account.id}, ${account.companyId}, ${phone},
      (select person_id from person_phones where e164 = ${phone} order by person_id, id limit 1), ${sentAt}::timestamptz)
    on conflict (whatsapp_account_id, phone) do update set
      person_id = coalesce(whatsapp_conversations.person_id, excluded.person_id),
      last_inbound_at = greatest(whatsapp_conversations.last_inbound_at, excluded.last_inbound_at)
    returning id, person_id`);
  const inserted = await db.execute(sql`
    insert into whatsapp_inbound_messages (conversation_id, wamid, type, text, sent_at)
    values (${conversation!.id}, ${item.id}, ${item.type}, ${item.text?.body ?? null}, ${sentAt}::timestamptz)
    on conflict (wamid) do nothing`);
  if (!inserted.rowCount) return { outcome: "duplicate", detail: `Mensagem ${item.id} de ${phone} já recebida` };
  const who = conversation!.person_id ? `pessoa ${conversation!.person_id}` : "sem pessoa vinculada";
  return { outcome: "applied", detail: `Mensagem de ${phone} (${who}) recebida` };
}
