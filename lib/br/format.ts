export const TIME_ZONE = "America/Sao_Paulo";

const money = new Intl.NumberFormat("pt-BR", { style: "currency", currency: "BRL" });
const dateFmt = new Intl.DateTimeFormat("pt-BR", { timeZone: TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric" });
const dateTimeFmt = new Intl.DateTimeFormat("pt-BR", {
  timeZone: TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit",
});
const integer = new Intl.NumberFormat("pt-BR");

/** Money is integer cents everywhere; this is the only place it becomes "R$ 1.234,56". */
export const formatCents = (cents: number) => money.format(cents / 100);

/** "2024-05-25" (a calendar date, no time zone) → "25/05/2024". */
export function formatIsoDate(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split("-");
  return `${d}/${m}/${y}`;
}

export const formatDate = (date: Date) => dateFmt.format(date);
export const formatDateTime = (date: Date) => dateTimeFmt.format(date);
export const formatInteger = (n: number) => integer.format(n);

/** Today's calendar date in São Paulo as "yyyy-MM-dd", from an injectable instant. */
export function saoPauloDate(instant: Date): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" })
    .format(instant);
  return parts;
}

/** Adds whole days to a calendar date string. */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
