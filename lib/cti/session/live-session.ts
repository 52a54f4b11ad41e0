import { and, eq, ne } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { ctiSessions, ctiUsageLog } from "@/db/schema";
import type { CtiAgentRef } from "@/lib/cti/commands";

export type CtiSession = typeof ctiSessions.$inferSelect;

/** The user's session that has not ended (at most one per extension, and a user logs on one extension). */
export async function liveSessionOfUser(db: DbOrTx, userId: number): Promise<CtiSession | null> {
  const [row] = await db.select().from(ctiSessions)
    .where(and(eq(ctiSessions.userId, userId), ne(ctiSessions.status, "ended")))
    .orderBy(ctiSessions.startedAt).limit(1);
  return row ?? null;
}

/** The session holding an extension, whoever it belongs to. */
export async function liveSessionOnExtension(db: DbOrTx, extension: string): Promise<CtiSession | null> {
  const [row] = await db.select().from(ctiSessions)
    .where(and(eq(ctiSessions.extension, extension), ne(ctiSessions.status, "ended")));
  return row ?? null;
}

export const agentRefOf = (session: Pick<CtiSession, "extension" | "agentLogin" | "groupId">): CtiAgentRef =>
  ({ device: session.extension, agentId: session.agentLogin, groupId: session.groupId });

export async function endSession(db: DbOrTx, id: number, reason: "logout" | "takeover" | "idle" | "login_failed", at: Date) {
  await db.update(ctiSessions).set({ status: "ended", endReason: reason, endedAt: at }).where(eq(ctiSessions.id, id));
}

/** Usage log row: kind 1 login, 2 logout; automatic when the system logged the user out. */
export async function logUsage(
  db: DbOrTx,
  row: { userId: number; kind: 1 | 2; extension: string; at: Date; justification?: string | null; automatic?: boolean },
) {
  await db.insert(ctiUsageLog).values({
    userId: row.userId, kind: row.kind, extension: row.extension, at: row.at,
    justification: row.justification || null, automatic: row.automatic ?? false,
  });
}
