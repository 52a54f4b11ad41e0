import { addDays } from "@/lib/br/format";
import { saoPauloInstant, saoPauloWallClock } from "./local-time";

export type QuietHours = { enabled: boolean; start: string; end: string };

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * When `now` falls inside the quiet period (São Paulo time; a period may cross midnight, as 21:00–08:00 does),
 * the instant it ends — messages wait until then; otherwise null.
 */
export function quietPeriodEnd(now: Date, quiet: QuietHours): Date | null {
  const start = toMinutes(quiet.start);
  const end = toMinutes(quiet.end);
  if (!quiet.enabled || start === end) return null;
  const { date, minutes } = saoPauloWallClock(now);
  if (start < end) return minutes >= start && minutes < end ? saoPauloInstant(date, quiet.end) : null;
  if (minutes >= start) return saoPauloInstant(addDays(date, 1), quiet.end);
  if (minutes < end) return saoPauloInstant(date, quiet.end);
  return null;
}

export const quietReason = (quiet: QuietHours) =>
  `Horário de silêncio (${quiet.start}–${quiet.end}): aguardando até ${quiet.end}.`;
