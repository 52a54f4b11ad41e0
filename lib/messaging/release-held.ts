import { and, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { outboxMessages } from "@/db/schema";
import type { Clock } from "@/lib/core/clock";

/** The "Envio da fila" step: held messages of these companies become ready for the dispatcher. Returns the count. */
export async function releaseHeld({ db, clock, companyIds }: { db: DbOrTx; clock: Clock; companyIds: number[] }): Promise<number> {
  if (companyIds.length === 0) return 0;
  const now = clock.now();
  const result = await db.update(outboxMessages)
    .set({ status: "queued", notBefore: sql`coalesce(${outboxMessages.notBefore}, ${now.toISOString()}::timestamptz)`, updatedAt: now })
    .where(and(eq(outboxMessages.status, "held"), inArray(outboxMessages.companyId, companyIds)));
  return result.rowCount ?? 0;
}
