import { CronExpressionParser } from "cron-parser";
import { describe, expect, it } from "vitest";
import { CRON_FIELDS, cronFieldError, describeFrequency, dueSlots, nextRuns, type CronFields, type ScheduleSpec } from "../lib/scheduler/schedule";
import { firstCoincidence, firstTooSoon } from "../lib/scheduler/schedule-rules";
import { formatSaoPauloLocal, parseSaoPauloLocal } from "../lib/scheduler/sao-paulo-time";
import { processConfigSchema } from "../lib/scheduler/schemas";

const ALL: CronFields = { cronMinute: "*", cronHour: "*", cronDayOfMonth: "*", cronMonth: "*", cronDayOfWeek: "*" };
const cron = (expr: string, startAt = "2026-01-01T00:00:00Z"): ScheduleSpec => {
  const [cronMinute, cronHour, cronDayOfMonth, cronMonth, cronDayOfWeek] = expr.split(" ") as [string, string, string, string, string];
  return { frequency: "cron", startAt: new Date(startAt), cronMinute, cronHour, cronDayOfMonth, cronMonth, cronDayOfWeek };
};
/** São Paulo wall clock of each instant, as the screen shows it. */
const local = (dates: Date[]) => dates.map(formatSaoPauloLocal);
// Monday 23 Nov 2026, 09:07 in São Paulo.
const MONDAY_0907 = new Date("2026-11-23T12:07:00Z");

describe("cron fields", () => {
  it.each([
    ["cronMinute", "*"], ["cronMinute", "0"], ["cronMinute", "0,15,30,45"], ["cronMinute", "*/15"], ["cronMinute", "10-50/10"],
    ["cronHour", "8-18"], ["cronHour", "23"], ["cronDayOfMonth", "1,15"], ["cronDayOfMonth", "31"], ["cronMonth", "1-12"],
    ["cronDayOfWeek", "1-5"], ["cronDayOfWeek", "0"], ["cronDayOfWeek", "7"], ["cronMinute", " 5 "],
  ] as const)("%s = %s is accepted", (key, value) => {
    expect(cronFieldError(key, value)).toBeNull();
  });

  it.each([
    ["cronMinute", "60", "Minuto inválido: 60 está fora de 0 a 59."],
    ["cronMinute", "", "Minuto inválido: informe um valor"],
    ["cronMinute", "a", "Minuto inválido: \"a\""],
    ["cronHour", "24", "Hora inválida: 24 está fora de 0 a 23."],
    ["cronHour", "18-8", "Hora inválida: o intervalo 18-8 começa depois de terminar."],
    ["cronDayOfMonth", "0", "Dia do mês inválido: 0 está fora de 1 a 31."],
    ["cronDayOfMonth", "1,,2", "Dia do mês inválido: \"1,,2\""],
    ["cronMonth", "13", "Mês inválido: 13 está fora de 1 a 12."],
    ["cronMonth", "JAN", "Mês inválido: \"JAN\""],
    ["cronDayOfWeek", "8", "Dia da semana inválido: 8 está fora de 0 a 7."],
    ["cronDayOfWeek", "1-5/0", "Dia da semana inválido: o passo deve ser 1 ou mais."],
    ["cronDayOfWeek", "L", "Dia da semana inválido: \"L\""],
  ] as const)("%s = %j is refused naming the field", (key, value, message) => {
    expect(cronFieldError(key, value)).toContain(message);
  });

  it("the form schema puts each cron error on its own field, only for the cron frequency", () => {
    const base = {
      description: "", processType: "Cadastros", processCode: "demo.count-people", companyIds: [], groupCompanies: false,
      startAt: "2026-11-24T08:00", params: {}, externalAgent: "", active: true, ...ALL,
    };
    const bad = processConfigSchema.safeParse({ ...base, frequency: "cron", cronHour: "25", cronMonth: "0" });
    expect(bad.success).toBe(false);
    const byField = Object.fromEntries(bad.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(byField.cronHour).toContain("Hora inválida");
    expect(byField.cronMonth).toContain("Mês inválido");
    expect(processConfigSchema.safeParse({ ...base, frequency: "daily", cronHour: "25" }).success).toBe(true);
  });

  it("every field has a Portuguese label", () => {
    expect(CRON_FIELDS.map((f) => f.label)).toEqual(["Minuto", "Hora", "Dia do mês", "Mês", "Dia da semana"]);
  });
});

describe("next runs (America/Sao_Paulo)", () => {
  it.each([
    ["* * * * *", ["2026-11-23T09:07", "2026-11-23T09:08", "2026-11-23T09:09"]],
    ["*/15 * * * *", ["2026-11-23T09:15", "2026-11-23T09:30", "2026-11-23T09:45"]],
    ["0,30 8-9 * * *", ["2026-11-23T09:30", "2026-11-24T08:00", "2026-11-24T08:30"]],
    ["0 8 * * 1-5", ["2026-11-24T08:00", "2026-11-25T08:00", "2026-11-26T08:00", "2026-11-27T08:00", "2026-11-30T08:00"]],
    ["0 7 * * 0", ["2026-11-29T07:00", "2026-12-06T07:00"]],
    ["0 7 * * 7", ["2026-11-29T07:00", "2026-12-06T07:00"]],
    ["0 0 1,15 * *", ["2026-12-01T00:00", "2026-12-15T00:00", "2027-01-01T00:00"]],
    ["0 0 1 1 *", ["2027-01-01T00:00"]],
    // Day of month and weekday both restricted: either one (cron semantics).
    ["0 12 1 * 3", ["2026-11-25T12:00", "2026-12-01T12:00", "2026-12-02T12:00"]],
  ])("%s", (expr, expected) => {
    expect(local(nextRuns(cron(expr), MONDAY_0907, expected.length))).toEqual(expected);
  });

  it.each(["*/7 * * * *", "5 */3 * * *", "0 9 1-7 * 1", "30 23 * 2 *", "0 0 29 * *", "15 6,18 * * 1-5"])(
    "%s agrees with cron-parser's own iteration", (expr) => {
      const ours = nextRuns(cron(expr), MONDAY_0907, 20).map((d) => d.toISOString());
      const interval = CronExpressionParser.parse(expr, { currentDate: new Date(MONDAY_0907.getTime() - 1), tz: "America/Sao_Paulo" });
      expect(ours).toEqual(interval.take(20).map((d) => d.toDate().toISOString()));
    });

  it("cron fields never fire before the start date/time", () => {
    expect(local(nextRuns(cron("0 * * * *", "2026-11-25T03:00:00Z"), MONDAY_0907, 2))).toEqual(["2026-11-25T00:00", "2026-11-25T01:00"]);
  });

  it("daily fires every day at the start's São Paulo time, from the start on", () => {
    const daily: ScheduleSpec = { ...ALL, frequency: "daily", startAt: parseSaoPauloLocal("2026-11-25T08:30")! };
    expect(local(nextRuns(daily, MONDAY_0907, 3))).toEqual(["2026-11-25T08:30", "2026-11-26T08:30", "2026-11-27T08:30"]);
    expect(local(nextRuns(daily, new Date("2026-12-10T12:00:00Z"), 2))).toEqual(["2026-12-11T08:30", "2026-12-12T08:30"]);
  });

  it("once fires only at the start", () => {
    const once: ScheduleSpec = { ...ALL, frequency: "once", startAt: parseSaoPauloLocal("2026-11-24T10:00")! };
    expect(local(nextRuns(once, MONDAY_0907, 5))).toEqual(["2026-11-24T10:00"]);
    expect(nextRuns(once, new Date("2026-11-24T13:01:00Z"), 5)).toEqual([]);
  });

  it("due slots are those after the last one and up to now, in order", () => {
    const slots = dueSlots(cron("*/20 * * * *"), new Date("2026-11-23T12:00:00Z"), new Date("2026-11-23T13:00:00Z"));
    expect(local(slots)).toEqual(["2026-11-23T09:20", "2026-11-23T09:40", "2026-11-23T10:00"]);
  });

  it.each([
    [cron("0 8 * * 1-5"), "Campos cron: minuto 0, hora 8, dia da semana 1-5"],
    [cron("*/15 * * * *"), "Campos cron: minuto */15, toda hora"],
    [cron("0 7 * * 0"), "Campos cron: minuto 0, hora 7, domingo"],
    [{ ...ALL, frequency: "daily" as const, startAt: parseSaoPauloLocal("2026-11-25T08:30")! }, "Diária às 08:30"],
    [{ ...ALL, frequency: "once" as const, startAt: parseSaoPauloLocal("2026-11-25T08:30")! }, "Uma vez em 25/11/2026 08:30"],
  ])("describes %# in words", (spec, words) => {
    expect(describeFrequency(spec)).toBe(words);
  });
});

describe("rules between configurations", () => {
  const at = (...hhmm: string[]) => hhmm.map((t) => parseSaoPauloLocal(`2026-11-24T${t}`)!.getTime());

  it.each([
    [at("08:00", "09:00"), at("08:30", "09:00"), "09:00"],
    [at("08:00"), at("08:01"), null],
    [[], at("08:00"), null],
  ])("finds the first shared minute (%#)", (a, b, expected) => {
    const found = firstCoincidence(a, b);
    expect(found === null ? null : formatSaoPauloLocal(new Date(found)).slice(11)).toBe(expected);
  });

  it.each([
    ["30 minutes after: accepted", at("08:00"), at("08:30"), null],
    ["29 minutes after: refused", at("08:00"), at("08:29"), "08:29"],
    ["same minute: refused", at("08:00"), at("08:00"), "08:00"],
    ["before the followed process: its previous fire is what counts", at("08:00"), at("07:50"), null],
    ["second leader fire too close", at("08:00", "12:00"), at("08:40", "12:10"), "12:10"],
    ["nothing to follow", [], at("08:00"), null],
  ])("mustFollow 30 minutes: %s", (_, leader, follower, expected) => {
    const found = firstTooSoon(follower, leader, 30);
    expect(found === null ? null : formatSaoPauloLocal(new Date(found.at)).slice(11)).toBe(expected);
  });
});
