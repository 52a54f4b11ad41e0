import type { Db } from "@/db/client";
import type { Clock } from "@/lib/core/clock";
import type { ProviderAdapter } from "@/lib/providers/types";
import { getSetting } from "@/lib/settings/get-setting";
import { quietHoursSetting } from "@/lib/settings/core-settings";
import { accountAdapter } from "./account-adapter";
import { claimBatch, type ClaimedAccount, type ClaimedMessage } from "./claim-batch";
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from "./decide-outcome";
import { rateWindows } from "./rate-windows";
import "./registered-kinds";
import { reserveRate, returnReservation } from "./reserve-rate";
import { sendClaims } from "./send-claims";
import { unclaimMessages } from "./unclaim-messages";

export type DispatchOptions = {
  db: Db;
  clock: Clock;
  workerId: string;
  batchSize?: number;
  /** Provider calls in flight at once. */
  concurrency?: number;
  /** How long a claim is this worker's; past it, recovery sends the row to review. Must exceed a batch's duration. */
  leaseMs?: number;
  policy?: RetryPolicy;
  random?: () => number;
  /** Tests plug a fake provider here; by default the account's own adapter. */
  adapterFor?: (account: ClaimedAccount) => ProviderAdapter;
};

export type DispatchReport = {
  claimed: number; sent: number; retried: number; failed: number; review: number;
  /** Claimed but given back untouched: no rate-limit room, or the reserved second ended before the call. */
  returned: number;
  cancelled: number; deferred: number;
};

export const DEFAULT_LEASE_MS = 5 * 60_000;
/** A call must start this long before its reserved second ends, so it also reaches the provider within it. */
export const SECOND_MARGIN_MS = 100;

const limitsOf = (account: ClaimedAccount) =>
  ({ accountId: account.id, limitPerSecond: account.limitPerSecond, limitPerDay: account.limitPerDay });

function byAccount(claims: ClaimedMessage[]) {
  const groups = new Map<number, ClaimedMessage[]>();
  for (const claim of claims) {
    const group = groups.get(claim.accountId);
    if (group) group.push(claim);
    else groups.set(claim.accountId, [claim]);
  }
  return groups;
}

/** Claim (with opt-out and quiet-hour checks) and rate reservation in one short transaction; the rest go back. */
async function claimAndReserve(options: Required<Pick<DispatchOptions, "db" | "workerId" | "batchSize" | "leaseMs">>, now: Date) {
  const quiet = await getSetting(options.db, quietHoursSetting);
  return options.db.transaction(async (tx) => {
    const claimed = await claimBatch({ db: tx, now, workerId: options.workerId, limit: options.batchSize, leaseMs: options.leaseMs, quiet });
    const sendable: ClaimedMessage[] = [];
    const refused: ClaimedMessage[] = [];
    for (const group of byAccount(claimed.claims).values()) {
      const granted = await reserveRate({ db: tx, limits: limitsOf(group[0]!.account), wanted: group.length, now });
      sendable.push(...group.slice(0, granted));
      refused.push(...group.slice(granted));
    }
    await unclaimMessages({ db: tx, now, claims: refused });
    return { sendable, refused: refused.length, claimed: claimed.claims.length + claimed.cancelled, cancelled: claimed.cancelled, deferred: claimed.deferred };
  });
}

/**
 * One dispatcher round: claim ready messages, reserve rate-limit room, call the provider for each (bounded
 * concurrency) and record every answer in batched statements. Safe to run in any number of workers and processes.
 */
export async function dispatchBatch(options: DispatchOptions): Promise<DispatchReport> {
  const { db, clock, workerId, concurrency = 16, policy = DEFAULT_RETRY_POLICY, random = Math.random } = options;
  const reservedAt = clock.now();
  const round = await claimAndReserve({ db, workerId, batchSize: options.batchSize ?? 200, leaseMs: options.leaseMs ?? DEFAULT_LEASE_MS }, reservedAt);
  const secondDeadline = rateWindows(reservedAt).secondEnd.getTime() - SECOND_MARGIN_MS;
  const { records, late } = await sendClaims({
    db, clock, workerId, claims: round.sendable, concurrency, policy, random, adapterFor: options.adapterFor ?? accountAdapter,
    // A per-second reservation is only good inside its second: later, the call would count against the next one.
    startDeadline: (claim) => (claim.account.limitPerSecond === null ? null : secondDeadline),
  });

  if (late.length) await db.transaction(async (tx) => {
    await unclaimMessages({ db: tx, now: clock.now(), claims: late });
    for (const group of byAccount(late).values()) {
      await returnReservation({ db: tx, limits: limitsOf(group[0]!.account), count: group.length, reservedAt });
    }
  });

  const count = (status: string) => records.filter((r) => r.outcome.status === status).length;
  return {
    claimed: round.claimed, sent: count("sent"), retried: count("retry_scheduled"), failed: count("failed"), review: count("needs_review"),
    returned: round.refused + late.length, cancelled: round.cancelled, deferred: round.deferred,
  };
}
