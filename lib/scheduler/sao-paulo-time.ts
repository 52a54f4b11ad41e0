import { TIME_ZONE } from "@/lib/br/format";

/** São Paulo wall-clock conversions for schedules. Pure and client-safe. */
const partsFmt = new Intl.DateTimeFormat("en-US", {
  timeZone: TIME_ZONE, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit",
});

export type WallClock = { year: number; month: number; day: number; hour: number; minute: number };

export function saoPauloWallClock(instant: Date | number): WallClock {
  const parts = Object.fromEntries(partsFmt.formatToParts(instant).map((p) => [p.type, p.value]));
  return { year: +parts.year!, month: +parts.month!, day: +parts.day!, hour: +parts.hour!, minute: +parts.minute! };
}

/** Minutes São Paulo is ahead of UTC at an instant (-180 today; -120 in the old summer time). */
function offsetMinutes(instant: number): number {
  const w = saoPauloWallClock(instant);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  return Math.round((asUtc - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/** The instant (epoch ms) of a São Paulo wall-clock time. */
export function saoPauloToEpoch(year: number, month: number, day: number, hour: number, minute: number): number {
  const naive = Date.UTC(year, month - 1, day, hour, minute);
  const first = naive - offsetMinutes(naive + 3 * 3_600_000) * 60_000;
  // A second pass settles times near an offset change.
  return naive - offsetMinutes(first) * 60_000;
}

const pad = (n: number, size = 2) => String(n).padStart(size, "0");

/** "2026-11-23T09:30" (the value of an <input type="datetime-local">) read as São Paulo time; null when malformed. */
export function parseSaoPauloLocal(local: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local.trim());
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const epoch = saoPauloToEpoch(year, month, day, hour, minute);
  const back = saoPauloWallClock(epoch);
  return back.day === day && back.month === month ? new Date(epoch) : null;
}

/** An instant as the São Paulo "yyyy-MM-ddTHH:mm" a datetime-local input shows. */
export function formatSaoPauloLocal(instant: Date): string {
  const w = saoPauloWallClock(instant);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}
