import Holidays from "date-holidays";
import { describe, expect, it } from "vitest";
import { dueDatesNoticedOn, isBusinessDay, nationalHolidayName, nextBusinessDay } from "../lib/rdconversas/business-days";

describe("isBusinessDay", () => {
  it.each([
    { date: "2026-01-30", business: true, why: "Friday" },
    { date: "2026-01-31", business: false, why: "Saturday" },
    { date: "2026-02-01", business: false, why: "Sunday" },
    { date: "2026-02-16", business: true, why: "Carnaval Monday (bank holiday only)" },
    { date: "2026-02-17", business: true, why: "Carnaval Tuesday (bank holiday only)" },
    { date: "2026-04-03", business: false, why: "Sexta-Feira Santa" },
    { date: "2026-04-21", business: false, why: "Tiradentes (Tuesday)" },
    { date: "2026-06-04", business: true, why: "Corpus Christi (optional point)" },
    { date: "2026-11-20", business: false, why: "Consciência Negra (Friday)" },
    { date: "2026-12-25", business: false, why: "Natal (Friday)" },
    { date: "2026-12-31", business: true, why: "New Year's Eve (optional)" },
    { date: "2027-01-01", business: false, why: "Confraternização Universal" },
  ])("$date is $business: $why", ({ date, business }) => {
    expect(isBusinessDay(date)).toBe(business);
  });
});

describe("nextBusinessDay", () => {
  it.each([
    { date: "2026-01-30", next: "2026-02-02", why: "Friday → Monday across the month end" },
    { date: "2026-02-13", next: "2026-02-16", why: "Carnaval Monday is a business day" },
    { date: "2026-04-20", next: "2026-04-22", why: "skips Tiradentes" },
    { date: "2026-12-24", next: "2026-12-28", why: "skips Natal and the weekend" },
    { date: "2026-12-31", next: "2027-01-04", why: "skips 1 January and the weekend across the year end" },
  ])("$date → $next ($why)", ({ date, next }) => {
    expect(nextBusinessDay(date)).toBe(next);
  });
});

describe("national holidays come from date-holidays' BR public list", () => {
  it("names Tiradentes and Natal, and not Carnaval, which the lib lists as a bank holiday only", () => {
    expect(nationalHolidayName("2026-04-21")).toBe("Dia de Tiradentes");
    expect(nationalHolidayName("2026-12-25")).toBe("Natal");
    expect(nationalHolidayName("2026-02-17")).toBeNull();
    const carnaval = new Holidays("BR").getHolidays(2026).filter((h) => h.name === "Carnaval");
    expect(carnaval.map((h) => h.type)).not.toContain("public");
    expect(carnaval.find((h) => h.date.startsWith("2026-02-17"))?.type).toBe("bank");
  });
});

describe("dueDatesNoticedOn", () => {
  it.each([
    { ref: "2026-01-30", n: 2, anticipate: false, window: { from: "2026-02-01", to: "2026-02-01" }, why: "D+N across the month end" },
    { ref: "2026-01-31", n: 2, anticipate: false, window: { from: "2026-02-02", to: "2026-02-02" }, why: "option off: weekends send too" },
    { ref: "2026-01-30", n: 2, anticipate: true, window: { from: "2026-02-01", to: "2026-02-03" }, why: "Friday also covers Saturday's and Sunday's notices" },
    { ref: "2026-01-31", n: 2, anticipate: true, window: null, why: "Saturday: already sent on Friday" },
    { ref: "2026-02-01", n: 2, anticipate: true, window: null, why: "Sunday: already sent on Friday" },
    { ref: "2026-02-02", n: 2, anticipate: true, window: { from: "2026-02-04", to: "2026-02-04" }, why: "Monday before a business day" },
    { ref: "2026-04-20", n: 2, anticipate: true, window: { from: "2026-04-22", to: "2026-04-23" }, why: "Monday covers Tiradentes' notice" },
    { ref: "2026-04-21", n: 2, anticipate: true, window: null, why: "Tiradentes: already sent on Monday" },
    { ref: "2026-02-13", n: 2, anticipate: true, window: { from: "2026-02-15", to: "2026-02-17" }, why: "Carnaval Monday is not anticipated" },
    { ref: "2026-12-24", n: 2, anticipate: true, window: { from: "2026-12-26", to: "2026-12-29" }, why: "Natal on Friday plus the weekend" },
    { ref: "2026-12-31", n: 5, anticipate: true, window: { from: "2027-01-05", to: "2027-01-08" }, why: "1 January, weekend, across the year end" },
    { ref: "2026-01-30", n: 0, anticipate: true, window: { from: "2026-01-30", to: "2026-02-01" }, why: "N = 0: Friday sends the weekend's due dates" },
  ])("$ref, N=$n, anticipate=$anticipate: $why", ({ ref, n, anticipate, window }) => {
    expect(dueDatesNoticedOn({ referenceDate: ref, daysAhead: n, anticipate })).toEqual(window);
  });
});
