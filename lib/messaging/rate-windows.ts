import { saoPauloInstant, saoPauloWallClock } from "./local-time";

/** The per-second window (UTC second) and per-day window (São Paulo calendar day) an instant falls in. */
export function rateWindows(now: Date): { secondStart: Date; secondEnd: Date; dayStart: Date } {
  const secondStart = new Date(Math.floor(now.getTime() / 1000) * 1000);
  return {
    secondStart,
    secondEnd: new Date(secondStart.getTime() + 1000),
    dayStart: saoPauloInstant(saoPauloWallClock(now).date, "00:00"),
  };
}
