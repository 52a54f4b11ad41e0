import type { SendResult } from "@/lib/providers/types";

export type RetryPolicy = { maxAttempts: number; baseDelayMs: number; maxDelayMs: number };

/** 10 calls spread over up to ~36 minutes before a transient problem becomes a failure an admin sees. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 10, baseDelayMs: 5_000, maxDelayMs: 15 * 60_000 };

/**
 * Exponential backoff with "equal jitter" (half fixed, half random) so workers that failed together do not
 * retry together; a provider's Retry-After is a floor, never shortened.
 */
export function retryDelayMs(attempt: number, policy: RetryPolicy, random: number, retryAfterMs = 0): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.max(Math.round(exponential / 2 + (exponential / 2) * random), retryAfterMs);
}

export type AttemptOutcome = "sent" | "transient" | "permanent" | "not_sent";

export type Outcome =
  | { status: "sent"; attemptOutcome: "sent"; providerId: string }
  | { status: "retry_scheduled"; attemptOutcome: AttemptOutcome; notBefore: Date; code: string; message: string }
  | { status: "failed"; attemptOutcome: AttemptOutcome; code: string; message: string };

/** What a provider's answer to attempt number `attempt` does to the message. */
export function decideOutcome(
  result: SendResult,
  { attempt, now, policy, random }: { attempt: number; now: Date; policy: RetryPolicy; random: number },
): Outcome {
  if (result.ok) return { status: "sent", attemptOutcome: "sent", providerId: result.providerId };
  const attemptOutcome = result.neverLeft ? "not_sent" : result.retryable ? "transient" : "permanent";
  if (!result.retryable) return { status: "failed", attemptOutcome, code: result.code, message: result.message };
  if (attempt >= policy.maxAttempts) {
    return { status: "failed", attemptOutcome, code: result.code, message: `Desistimos após ${attempt} tentativas: ${result.message}` };
  }
  const delay = retryDelayMs(attempt, policy, random, result.retryAfterMs);
  return { status: "retry_scheduled", attemptOutcome, notBefore: new Date(now.getTime() + delay), code: result.code, message: result.message };
}
