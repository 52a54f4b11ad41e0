import { and, eq, isNull, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { ctiCalls, ctiSessions } from "@/db/schema";

export type CtiEventInput = { extension: string; type: string; callId: string | null; payload: Record<string, string> };
export type StoredCtiEvent = { id: number; extension: string; seq: number; type: string };

/** Channel the long-poll listens on; the payload is `<extension>:<seq>`. */
export const CTI_EVENTS_CHANNEL = "cti_events";

/**
 * Stores a SmartCTIWSEventing callback durably with the extension's next sequence number and notifies listeners, all in
 * one transaction: the counter row lock orders concurrent events of an extension and NOTIFY goes out only on commit.
 * Ringing opens the call-log row, Answered and ConnectionCleared/CallFailure stamp it.
 */
export async function storeCtiEvent(db: DbOrTx, input: CtiEventInput): Promise<StoredCtiEvent> {
  return db.transaction(async (tx) => {
    const result = await tx.execute<{ id: string; seq: string }>(sql`
      with counter as (
        insert into cti_event_counters (extension, last_seq) values (${input.extension}, 1)
        on conflict (extension) do update set last_seq = cti_event_counters.last_seq + 1
        returning last_seq
      )
      insert into cti_events (extension, seq, type, call_id, payload)
      select ${input.extension}, last_seq, ${input.type}, ${input.callId}, ${JSON.stringify(input.payload)}::jsonb from counter
      returning id, seq`);
    const row = result.rows[0]!;
    const stored = { id: Number(row.id), extension: input.extension, seq: Number(row.seq), type: input.type };
    await tx.execute(sql`select pg_notify(${CTI_EVENTS_CHANNEL}, ${`${stored.extension}:${stored.seq}`})`);
    if (input.callId) await recordCall(tx, input as CtiEventInput & { callId: string });
    return stored;
  });
}

async function recordCall(tx: DbOrTx, input: CtiEventInput & { callId: string }) {
  const thisCall = and(eq(ctiCalls.callId, input.callId), eq(ctiCalls.extension, input.extension));
  switch (input.type) {
    case "Ringing": {
      const [session] = await tx.select({ userId: ctiSessions.userId }).from(ctiSessions)
        .where(and(eq(ctiSessions.extension, input.extension), ne(ctiSessions.status, "ended")));
      await tx.insert(ctiCalls).values({
        callId: input.callId,
        extension: input.extension,
        userId: session?.userId ?? null,
        direction: input.payload.callType === "outbound" ? "outbound" : "inbound",
        phone: input.payload.ANI || null,
        extraInfo: input.payload.associatedData || null,
      }).onConflictDoNothing();
      return;
    }
    case "Answered":
      await tx.update(ctiCalls).set({ answeredAt: sql`now()` }).where(and(thisCall, isNull(ctiCalls.answeredAt)));
      return;
    case "ConnectionCleared":
    case "CallFailure":
      await tx.update(ctiCalls).set({ endedAt: sql`now()` }).where(and(thisCall, isNull(ctiCalls.endedAt)));
      return;
  }
}
