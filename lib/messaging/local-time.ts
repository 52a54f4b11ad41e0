import { TIME_ZONE } from "@/lib/br/format";

const partsFmt = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
  hourCycle: "h23",
});

/** São Paulo wall-clock of an instant: calendar date "yyyy-MM-dd" and minutes since local midnight. */
export function saoPauloWallClock(instant: Date): { date: string; minutes: number } {
  const p = Object.fromEntries(partsFmt.formatToParts(instant).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, minutes: Number(p.hour) * 60 + Number(p.minute) };
}

/** The instant at which São Paulo's clock shows `date` `hh:mm` (offset read from the zone, not hard-coded). */
export function saoPauloInstant(date: string, hhmm: string): Date {
  const guess = new Date(`${date}T${hhmm}:00Z`);
  const shown = saoPauloWallClock(guess);
  const shownUtc = new Date(`${shown.date}T00:00:00Z`).getTime() + shown.minutes * 60_000;
  return new Date(guess.getTime() - (shownUtc - guess.getTime()));
}
