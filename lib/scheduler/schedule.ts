import { CronExpressionParser } from "cron-parser";
import { addDays, saoPauloDate } from "@/lib/br/format";
import { saoPauloToEpoch, saoPauloWallClock } from "./sao-paulo-time";

/** GERFP095 schedules: pure and client-safe, so the form previews the next runs as the user types. */
export const CRON_FIELDS = [
  { key: "cronMinute", label: "Minuto", invalid: "Minuto inválido", min: 0, max: 59 },
  { key: "cronHour", label: "Hora", invalid: "Hora inválida", min: 0, max: 23 },
  { key: "cronDayOfMonth", label: "Dia do mês", invalid: "Dia do mês inválido", min: 1, max: 31 },
  { key: "cronMonth", label: "Mês", invalid: "Mês inválido", min: 1, max: 12 },
  { key: "cronDayOfWeek", label: "Dia da semana", invalid: "Dia da semana inválido", min: 0, max: 7, hint: "0 ou 7 = domingo" },
] as const;

export type CronFieldKey = (typeof CRON_FIELDS)[number]["key"];
export type CronFields = Record<CronFieldKey, string>;
export type Frequency = "once" | "daily" | "cron";
export type ScheduleSpec = CronFields & { frequency: Frequency; startAt: Date };

export const ALL = "*";
const MINUTE = 60_000;
const DAY = 86_400_000;

/** One field: "*" (Todos), numbers, lists "1,15", ranges "1-5" and steps "*\/15" or "1-30/5". */
export function cronFieldError(key: CronFieldKey, raw: string): string | null {
  const field = CRON_FIELDS.find((f) => f.key === key)!;
  const value = raw.trim();
  const hint = `use "Todos" (*), valores de ${field.min} a ${field.max}, listas (1,15), intervalos (1-5) ou passos (*/15).`;
  if (!value) return `${field.invalid}: informe um valor — ${hint}`;
  const inRange = (n: number) => n >= field.min && n <= field.max;
  for (const item of value.split(",")) {
    const m = /^(\*|(\d{1,2})(?:-(\d{1,2}))?)(?:\/(\d{1,2}))?$/.exec(item);
    if (!m) return `${field.invalid}: "${value}" — ${hint}`;
    const [, , from, to, step] = m;
    if (from !== undefined && !inRange(+from)) return `${field.invalid}: ${from} está fora de ${field.min} a ${field.max}.`;
    if (to !== undefined && !inRange(+to)) return `${field.invalid}: ${to} está fora de ${field.min} a ${field.max}.`;
    if (from !== undefined && to !== undefined && +from > +to) return `${field.invalid}: o intervalo ${from}-${to} começa depois de terminar.`;
    if (step !== undefined && +step < 1) return `${field.invalid}: o passo deve ser 1 ou mais.`;
  }
  return null;
}

export function cronFieldErrors(fields: CronFields): Partial<Record<CronFieldKey, string>> {
  const errors: Partial<Record<CronFieldKey, string>> = {};
  for (const { key } of CRON_FIELDS) {
    const error = cronFieldError(key, fields[key]);
    if (error) errors[key] = error;
  }
  return errors;
}

/** The 5-field expression, minute first. */
export const cronExpression = (fields: CronFields) => CRON_FIELDS.map((f) => fields[f.key].trim() || ALL).join(" ");

type DayRule = { minutes: number[]; hours: number[]; matchesDay: (month: number, day: number, weekday: number) => boolean };

/** Fields expanded by cron-parser; day of month and weekday combine as in cron (either, when both are restricted). */
function dayRule(spec: ScheduleSpec): DayRule {
  if (spec.frequency === "daily") {
    const at = saoPauloWallClock(spec.startAt);
    return { minutes: [at.minute], hours: [at.hour], matchesDay: () => true };
  }
  const { fields } = CronExpressionParser.parse(cronExpression(spec));
  const months = new Set<number>(fields.month.values as number[]);
  const days = new Set<number>(fields.dayOfMonth.values as number[]);
  const weekdays = new Set<number>((fields.dayOfWeek.values as number[]).map((d) => d % 7));
  const both = !fields.dayOfMonth.isWildcard && !fields.dayOfWeek.isWildcard;
  return {
    minutes: [...(fields.minute.values as number[])],
    hours: [...(fields.hour.values as number[])],
    matchesDay: (month, day, weekday) => months.has(month)
      && (both ? days.has(day) || weekdays.has(weekday) : days.has(day) && weekdays.has(weekday)),
  };
}

/**
 * Fire times (epoch ms, ascending) with after < t <= until, never before startAt, at most `limit`.
 * Walks São Paulo calendar days so 30 days of an every-minute schedule stay cheap.
 */
export function fireTimes(spec: ScheduleSpec, after: number, until: number, limit = Number.POSITIVE_INFINITY): number[] {
  const start = Math.floor(spec.startAt.getTime() / MINUTE) * MINUTE;
  const from = Math.max(after, start - 1);
  if (until <= from) return [];
  if (spec.frequency === "once") return start > after && start <= until ? [start] : [];
  const rule = dayRule(spec);
  const out: number[] = [];
  const lastDay = saoPauloDate(new Date(until));
  for (let date = saoPauloDate(new Date(from)); date <= lastDay; date = addDays(date, 1)) {
    const [year, month, day] = date.split("-").map(Number) as [number, number, number];
    if (!rule.matchesDay(month, day, new Date(Date.UTC(year, month - 1, day)).getUTCDay())) continue;
    for (const hour of rule.hours) {
      for (const minute of rule.minutes) {
        const t = saoPauloToEpoch(year, month, day, hour, minute);
        if (t <= from || t > until) continue;
        out.push(t);
        if (out.length >= limit) return out;
      }
    }
  }
  return out;
}

/** The next `n` fire times from `from` (inclusive), looking up to two years ahead. */
export function nextRuns(spec: ScheduleSpec, from: Date, n = 5): Date[] {
  return fireTimes(spec, from.getTime() - 1, from.getTime() + 731 * DAY, n).map((t) => new Date(t));
}

/** Slots that fell due in (since, until]: what the sidecar must run, in order. */
export function dueSlots(spec: ScheduleSpec, since: Date, until: Date): Date[] {
  return fireTimes(spec, since.getTime(), until.getTime()).map((t) => new Date(t));
}

const WEEKDAYS = ["domingo", "segunda", "terça", "quarta", "quinta", "sexta", "sábado"];

/** "Diária às 08:00", "Uma vez em 24/11/2026 08:00", "Cron 0 8 * * 1-5 (minuto hora dia mês dia-da-semana)". */
export function describeFrequency(spec: ScheduleSpec): string {
  const at = saoPauloWallClock(spec.startAt);
  const hhmm = `${String(at.hour).padStart(2, "0")}:${String(at.minute).padStart(2, "0")}`;
  if (spec.frequency === "once") {
    return `Uma vez em ${String(at.day).padStart(2, "0")}/${String(at.month).padStart(2, "0")}/${at.year} ${hhmm}`;
  }
  if (spec.frequency === "daily") return `Diária às ${hhmm}`;
  const f = (key: CronFieldKey) => spec[key].trim() || ALL;
  const parts: string[] = [];
  parts.push(f("cronMinute") === ALL ? "todo minuto" : `minuto ${f("cronMinute")}`);
  parts.push(f("cronHour") === ALL ? "toda hora" : `hora ${f("cronHour")}`);
  if (f("cronDayOfMonth") !== ALL) parts.push(`dia ${f("cronDayOfMonth")}`);
  if (f("cronMonth") !== ALL) parts.push(`mês ${f("cronMonth")}`);
  const weekday = f("cronDayOfWeek");
  if (weekday !== ALL) parts.push(/^\d$/.test(weekday) ? WEEKDAYS[+weekday % 7]! : `dia da semana ${weekday}`);
  return `Campos cron: ${parts.join(", ")}`;
}
