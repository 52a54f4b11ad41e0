import { TIME_ZONE } from "@/lib/br/format";

const partsFmt = new Intl.DateTimeFormat("pt-BR", {
  timeZone: TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
});

const parts = (at: Date) => Object.fromEntries(partsFmt.formatToParts(at).map((p) => [p.type, p.value]));

/** "23/11 09:00" in São Paulo time. */
export function formatDayMonthTime(at: Date): string {
  const p = parts(at);
  return `${p.day}/${p.month} ${p.hour}:${p.minute}`;
}

/** "23/11/2026 09:00" in São Paulo time. */
export function formatFullDateTime(at: Date): string {
  const p = parts(at);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}
