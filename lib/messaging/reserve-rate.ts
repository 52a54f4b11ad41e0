import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { rateWindows } from "./rate-windows";

export type AccountLimits = { accountId: number; limitPerSecond: number | null; limitPerDay: number | null };

/** Adds up to `wanted` to one window's usage without passing `limit`; returns how many it added. */
async function reserveWindow(db: DbOrTx, accountId: number, window: "second" | "day", start: Date, limit: number, wanted: number) {
  const result = await db.execute<{ granted: number }>(sql`
    insert into rate_limit_usage as u (account_id, "window", window_start, used)
    values (${accountId}, ${window}, ${start.toISOString()}::timestamptz, least(${wanted}::int, ${limit}::int))
    on conflict (account_id, "window", window_start)
      do update set used = u.used + least(${wanted}::int, ${limit}::int - u.used) where u.used < ${limit}::int
    returning new.used - coalesce(old.used, 0) as granted`);
  return Number(result.rows[0]?.granted ?? 0);
}

async function giveBack(db: DbOrTx, accountId: number, window: "second" | "day", start: Date, count: number) {
  if (count <= 0) return;
  await db.execute(sql`
    update rate_limit_usage set used = used - ${count}::int
    where account_id = ${accountId} and "window" = ${window} and window_start = ${start.toISOString()}::timestamptz`);
}

/**
 * Reserves up to `wanted` sends for this account in the current second and day, atomically per window so the
 * limits hold across any number of workers and processes. Returns how many sends were granted (0..wanted).
 */
export async function reserveRate({ db, limits, wanted, now }: { db: DbOrTx; limits: AccountLimits; wanted: number; now: Date }) {
  const { secondStart, dayStart } = rateWindows(now);
  let granted = wanted;
  if (limits.limitPerSecond !== null && granted > 0) {
    granted = await reserveWindow(db, limits.accountId, "second", secondStart, limits.limitPerSecond, granted);
  }
  if (limits.limitPerDay !== null && granted > 0) {
    const dayGranted = await reserveWindow(db, limits.accountId, "day", dayStart, limits.limitPerDay, granted);
    // The day had less room than the second granted: return the unused part of the second.
    if (dayGranted < granted && limits.limitPerSecond !== null) {
      await giveBack(db, limits.accountId, "second", secondStart, granted - dayGranted);
    }
    granted = dayGranted;
  }
  return granted;
}

/** Hands back reservations made at `reservedAt` for sends that never reached the provider, so the day keeps its room. */
export async function returnReservation({ db, limits, count, reservedAt }: { db: DbOrTx; limits: AccountLimits; count: number; reservedAt: Date }) {
  const { secondStart, dayStart } = rateWindows(reservedAt);
  if (limits.limitPerSecond !== null) await giveBack(db, limits.accountId, "second", secondStart, count);
  if (limits.limitPerDay !== null) await giveBack(db, limits.accountId, "day", dayStart, count);
}
