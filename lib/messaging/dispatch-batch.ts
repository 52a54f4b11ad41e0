import type { Db } from "@/db/client";
import type { Clock } from "@/lib/core/clock";
import type { ProviderAdapter, SendResult } from "@/lib/providers/types";
import { getSetting } from "@/lib/settings/get-setting";
import { quietHoursSetting } from "@/lib/settings/core-settings";
import { accountAdapter } from "./account-adapter";
import { claimBatch, type ClaimedAccount, type ClaimedMessage } from "./claim-batch";
import { decideOutcome, DEFAULT_RETRY_POLICY, type RetryPolicy } from "./decide-outcome";
import { messageKind, type MessageKind } from "./kinds";
import { markInFlight } from "./mark-in-flight";
import { rateWindows } from "./rate-windows";
import { recordResults, type SendRecord } from "./record-results";
import "./registered-kinds";
import { reserveRate, returnReservation } from "./reserve-rate";
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

const limitsOf = (account: ClaimedAccount) =>
  ({ accountId: account.id, limitPerSecond: account.limitPerSecond, limitPerDay: account.limitPerDay });

function byAccount(claims: ClaimedMessage[]) {
  const groups = new Map<number, ClaimedMessage[]>();
  for (const claim of claims) groups.set(claim.accountId, [...(groups.get(claim.accountId) ?? []), claim]);
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
  const adapterFor = options.adapterFor ?? accountAdapter;
  const reservedAt = clock.now();
  const round = await claimAndReserve({ db, workerId, batchSize: options.batchSize ?? 200, leaseMs: options.leaseMs ?? DEFAULT_LEASE_MS }, reservedAt);
  const { sendable } = round;
  const windowEnd = rateWindows(reservedAt).secondEnd.getTime();

  const records: SendRecord[] = [];
  const late: ClaimedMessage[] = [];
  // Attempts are flipped to "in flight" a chunk ahead of the calls, so a crash leaves the unstarted ones provably unsent.
  const chunk = Math.max(concurrency * 2, 32);
  let marked = 0;
  let marking: Promise<void> | null = null;
  const ensureMarked = async (index: number) => {
    while (index >= marked) {
      if (!marking) {
        const to = Math.min(sendable.length, marked + chunk);
        const ids = sendable.slice(marked, to).map((c) => c.attemptId);
        marking = markInFlight({ db, now: clock.now(), attemptIds: ids }).then(() => { marked = to; marking = null; });
      }
      await marking;
    }
  };

  // Answers are stored a chunk at a time while calls go on, so a crash leaves few answered-but-unrecorded messages.
  let unrecorded: SendRecord[] = [];
  let recording: Promise<unknown> = Promise.resolve();
  const flush = () => {
    const take = unrecorded;
    unrecorded = [];
    if (take.length) {
      recording = recording.then(() => db.transaction((tx) => recordResults({ db: tx, now: clock.now(), workerId, records: take })));
      recording.catch(() => undefined); // awaited (and thrown) at the end of the batch
    }
  };
  const finish = (claim: ClaimedMessage, outcome: SendRecord["outcome"], result: SendResult | null) => {
    const record = { claim, outcome, result, finishedAt: clock.now() };
    records.push(record);
    unrecorded.push(record);
    if (unrecorded.length >= chunk) flush();
  };

  const sendOne = async (claim: ClaimedMessage, index: number) => {
    // A per-second reservation is only good inside its second: later, the call would count against the next one.
    if (claim.account.limitPerSecond !== null && clock.now().getTime() >= windowEnd) return void late.push(claim);
    let kind: MessageKind;
    let adapter: ProviderAdapter;
    try {
      kind = messageKind(claim.kind);
      adapter = adapterFor(claim.account);
    } catch (error) {
      return finish(claim, { status: "failed", attemptOutcome: "not_sent", code: "configuracao", message: (error as Error).message }, null);
    }
    await ensureMarked(index);
    try {
      const result = await kind.send(adapter, claim);
      finish(claim, decideOutcome(result, { attempt: claim.attempts, now: clock.now(), policy, random: random() }), result);
    } catch (error) {
      finish(claim, {
        status: "needs_review", attemptOutcome: "unknown", code: "erro_interno",
        message: `Falha inesperada durante a chamada ao provedor (${(error as Error).message}); verifique antes de reenviar.`,
      }, null);
    }
  };

  let next = 0;
  await Promise.all(Array.from({ length: Math.min(concurrency, sendable.length) }, async () => {
    while (next < sendable.length) {
      const index = next++;
      await sendOne(sendable[index]!, index);
    }
  }));
  flush();
  await recording;

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
