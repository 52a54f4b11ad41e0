import type { Db } from "@/db/client";
import type { Clock } from "@/lib/core/clock";
import type { ProviderAdapter, SendResult } from "@/lib/providers/types";
import type { ClaimedAccount, ClaimedMessage } from "./claim-batch";
import { decideOutcome, type RetryPolicy } from "./decide-outcome";
import { messageKind, type MessageKind } from "./kinds";
import { markInFlight } from "./mark-in-flight";
import { recordResults, type SendRecord } from "./record-results";

export type SendClaimsOptions = {
  db: Db;
  clock: Clock;
  workerId: string;
  claims: ClaimedMessage[];
  concurrency: number;
  policy: RetryPolicy;
  random: () => number;
  adapterFor: (account: ClaimedAccount) => ProviderAdapter;
  /** Epoch ms after which a claim may no longer start its call (its rate-limit reservation ran out); null = any time. */
  startDeadline: (claim: ClaimedMessage) => number | null;
};

/**
 * Calls the provider for each claim, `concurrency` at a time, in claim order. Attempts are flipped to "in flight" a
 * chunk ahead of the calls (so after a crash the unstarted ones are provably unsent), and answers are recorded a
 * chunk at a time while calls go on (so a crash leaves few answered-but-unrecorded messages). Returns every record
 * and the claims whose deadline passed before their call could start.
 */
export async function sendClaims(options: SendClaimsOptions): Promise<{ records: SendRecord[]; late: ClaimedMessage[] }> {
  const { db, clock, workerId, claims, concurrency, policy, random } = options;
  const chunk = Math.max(concurrency * 4, 64);
  const records: SendRecord[] = [];
  const late: ClaimedMessage[] = [];

  let marked = 0;
  let marking: Promise<void> | null = null;
  const markNextChunk = () => {
    const to = Math.min(claims.length, marked + chunk);
    const ids = claims.slice(marked, to).map((c) => c.attemptId);
    marking = markInFlight({ db, now: clock.now(), attemptIds: ids }).then(() => { marked = to; marking = null; });
  };
  // The next chunk is marked while the current one is still being sent, so calls rarely wait for it.
  const ensureMarked = async (index: number) => {
    if (!marking && marked < claims.length && index + chunk / 2 >= marked) markNextChunk();
    while (index >= marked) {
      if (!marking) markNextChunk();
      await marking;
    }
  };

  let unrecorded: SendRecord[] = [];
  let recording: Promise<unknown> = Promise.resolve();
  const flush = () => {
    const take = unrecorded;
    unrecorded = [];
    if (take.length === 0) return;
    recording = recording.then(() => recordResults({ db, now: clock.now(), workerId, records: take }));
    recording.catch(() => undefined); // awaited, and so thrown, once the calls are over
  };
  const finish = (claim: ClaimedMessage, outcome: SendRecord["outcome"], result: SendResult | null) => {
    const record = { claim, outcome, result, finishedAt: clock.now() };
    records.push(record);
    unrecorded.push(record);
    if (unrecorded.length >= chunk) flush();
  };

  const sendOne = async (claim: ClaimedMessage, index: number) => {
    const deadline = options.startDeadline(claim);
    if (deadline !== null && clock.now().getTime() >= deadline) return void late.push(claim);
    let kind: MessageKind;
    let adapter: ProviderAdapter;
    try {
      kind = messageKind(claim.kind);
      adapter = options.adapterFor(claim.account);
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
  await Promise.all(Array.from({ length: Math.min(concurrency, claims.length) }, async () => {
    while (next < claims.length) {
      const index = next++;
      await sendOne(claims[index]!, index);
    }
  }));
  flush();
  await recording;
  return { records, late };
}
