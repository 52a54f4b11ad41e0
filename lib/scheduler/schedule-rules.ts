/** GERFP095 rules between configurations, on sorted fire times (epoch ms). Pure; table-tested. */
export const RULE_WINDOW_DAYS = 30;
export const RULE_WINDOW_MS = RULE_WINDOW_DAYS * 86_400_000;

/** The first minute two schedules both fire in, or null. */
export function firstCoincidence(a: number[], b: number[]): number | null {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) return a[i]!;
    if (a[i]! < b[j]!) i++;
    else j++;
  }
  return null;
}

/**
 * The first follower fire whose previous leader fire (at or before it) is less than minMinutes earlier.
 * `leader` must include fires from minMinutes before the follower's window.
 */
export function firstTooSoon(follower: number[], leader: number[], minMinutes: number): { at: number; leaderAt: number } | null {
  const gap = minMinutes * 60_000;
  let j = 0;
  for (const at of follower) {
    while (j + 1 < leader.length && leader[j + 1]! <= at) j++;
    const previous = leader[j];
    if (previous !== undefined && previous <= at && at - previous < gap) return { at, leaderAt: previous };
  }
  return null;
}

/** Merges sorted fire lists into one sorted list. */
export const mergeFires = (lists: number[][]) => lists.flat().sort((x, y) => x - y);
