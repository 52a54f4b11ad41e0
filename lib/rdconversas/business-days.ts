import Holidays from "date-holidays";
import { addDays } from "@/lib/br/format";

/**
 * Brazilian national holidays as date-holidays lists them with type "public" (nationwide days off: Confraternização,
 * Sexta-Feira Santa, Tiradentes, Dia do Trabalhador, Independência, Aparecida, Finados, Proclamação, Consciência Negra,
 * Natal, and election Sundays). Carnaval (Monday/Tuesday, type "bank") and Corpus Christi ("bank") are optional points
 * in the law and are not holidays here; state and city holidays are not considered.
 */
const brazil = new Holidays("BR", { types: ["public"] });
const holidaysByYear = new Map<number, Map<string, string>>();

function nationalHolidays(year: number): Map<string, string> {
  let days = holidaysByYear.get(year);
  if (!days) {
    days = new Map();
    for (const holiday of brazil.getHolidays(year)) {
      // The lib's dates are local to Brazil ("2026-04-21 00:00:00"): the calendar day is the first ten characters.
      if (holiday.type === "public") days.set(holiday.date.slice(0, 10), holiday.name);
    }
    holidaysByYear.set(year, days);
  }
  return days;
}

/** The national holiday's name on a "yyyy-MM-dd" date, or null. */
export const nationalHolidayName = (isoDate: string): string | null =>
  nationalHolidays(Number(isoDate.slice(0, 4))).get(isoDate.slice(0, 10)) ?? null;

const weekday = (isoDate: string) => new Date(`${isoDate.slice(0, 10)}T12:00:00Z`).getUTCDay();

/** Monday to Friday and not a national holiday. */
export const isBusinessDay = (isoDate: string): boolean => {
  const day = weekday(isoDate);
  return day !== 0 && day !== 6 && nationalHolidayName(isoDate) === null;
};

/** The first business day after `isoDate`. */
export function nextBusinessDay(isoDate: string): string {
  let day = addDays(isoDate, 1);
  while (!isBusinessDay(day)) day = addDays(day, 1);
  return day;
}

export type DueDateWindow = { from: string; to: string };

/**
 * Due dates whose notice goes out on `referenceDate`: the notice day of due date D is D − daysAhead. Without
 * anticipation that is exactly referenceDate + daysAhead. With it, a notice day on a weekend or holiday moves to the
 * previous business day, so a business day also covers the due dates of the non-business days that follow it, and a
 * non-business day covers none (null: they went out earlier).
 */
export function dueDatesNoticedOn({ referenceDate, daysAhead, anticipate }: {
  referenceDate: string; daysAhead: number; anticipate: boolean;
}): DueDateWindow | null {
  const first = addDays(referenceDate, daysAhead);
  if (!anticipate) return { from: first, to: first };
  if (!isBusinessDay(referenceDate)) return null;
  return { from: first, to: addDays(nextBusinessDay(referenceDate), daysAhead - 1) };
}
