/** First retry after a network error, doubling up to the cap, so a PBX or server outage is not hammered. */
export const POLL_RETRY_BASE_MS = 1_000;
export const POLL_RETRY_MAX_MS = 30_000;

/** Wait before retry number `attempt` (0-based) of a failed long-poll. */
export function pollRetryDelay(attempt: number): number {
  return Math.min(POLL_RETRY_MAX_MS, POLL_RETRY_BASE_MS * 2 ** Math.max(0, attempt));
}
