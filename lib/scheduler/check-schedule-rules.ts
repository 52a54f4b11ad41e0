import { and, arrayOverlaps, eq, inArray, ne, or, sql } from "drizzle-orm";
import { processConfigs } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { conflict, invalid } from "@/lib/core/errors";
import { formatDateTime } from "@/lib/br/format";
import { targetCompanyIds } from "./config-access";
import { listProcesses, processByCode } from "./processes";
import { fireTimes, type ScheduleSpec } from "./schedule";
import { firstCoincidence, firstTooSoon, mergeFires, RULE_WINDOW_DAYS, RULE_WINDOW_MS } from "./schedule-rules";

type Config = typeof processConfigs.$inferSelect;
export type CandidateConfig = ScheduleSpec & { id?: number; processCode: string; companyId: number; companyIds: number[] };

const specOf = (c: Config): ScheduleSpec => c;
const label = (c: Pick<Config, "id" | "description">) => `#${c.id} “${c.description}”`;
const when = (t: number) => formatDateTime(new Date(t));

/** Active configurations other than the candidate that run for at least one of the same companies. */
async function overlapping(ctx: Ctx, candidate: CandidateConfig, processCodes?: string[]) {
  const targets = targetCompanyIds(candidate);
  return ctx.db.select().from(processConfigs).where(and(
    eq(processConfigs.active, true),
    candidate.id ? ne(processConfigs.id, candidate.id) : undefined,
    processCodes ? inArray(processConfigs.processCode, processCodes) : undefined,
    or(
      arrayOverlaps(processConfigs.companyIds, targets),
      and(sql`cardinality(${processConfigs.companyIds}) = 0`, inArray(processConfigs.companyId, targets)),
    ),
  ));
}

/**
 * Refuses an active configuration that shares a minute with another active one of the same company in the next
 * 30 days, or that breaks a mustFollow rule (either as the follower or as the process being followed).
 */
export async function checkScheduleRules(ctx: Ctx, candidate: CandidateConfig) {
  const now = ctx.clock.now().getTime();
  const until = now + RULE_WINDOW_MS;
  const field = candidate.frequency === "cron" ? "cronMinute" : "startAt";
  const fires = (spec: ScheduleSpec, lookBackMinutes = 0) => fireTimes(spec, now - lookBackMinutes * 60_000, until);
  const own = fires(candidate);

  for (const other of await overlapping(ctx, candidate)) {
    const clash = firstCoincidence(own, fires(specOf(other)));
    if (clash !== null) {
      throw conflict(field,
        `Horário em conflito com a configuração ${label(other)}: as duas executariam em ${when(clash)} para a mesma empresa. `
        + `Escolha outro minuto (verificados os próximos ${RULE_WINDOW_DAYS} dias).`,
        `/scheduler/${other.id}`);
    }
  }

  const process = processByCode(candidate.processCode);
  if (process?.mustFollow) {
    const { process: leaderCode, minMinutes } = process.mustFollow;
    const leaders = await overlapping(ctx, candidate, [leaderCode]);
    const leaderFires = mergeFires(leaders.map((l) => fires(specOf(l), minMinutes)));
    const tooSoon = firstTooSoon(own, leaderFires, minMinutes);
    if (tooSoon) {
      const leader = leaders.find((l) => fires(specOf(l), minMinutes).includes(tooSoon.leaderAt))!;
      throw invalid(field,
        `“${process.name}” deve executar pelo menos ${minMinutes} minutos depois de “${processByCode(leaderCode)?.name ?? leaderCode}”: `
        + `a execução de ${when(tooSoon.at)} fica a menos de ${minMinutes} minutos da execução de ${when(tooSoon.leaderAt)} da configuração ${label(leader)}.`);
    }
  }

  const followerProcesses = listProcesses().filter((p) => p.mustFollow?.process === candidate.processCode);
  if (followerProcesses.length) {
    for (const follower of await overlapping(ctx, candidate, followerProcesses.map((p) => p.code))) {
      const rule = processByCode(follower.processCode)!.mustFollow!;
      const tooSoon = firstTooSoon(fires(specOf(follower)), fires(candidate, rule.minMinutes), rule.minMinutes);
      if (tooSoon) {
        throw invalid(field,
          `A configuração ${label(follower)} (“${processByCode(follower.processCode)!.name}”) deve executar pelo menos `
          + `${rule.minMinutes} minutos depois deste processo: a execução dela de ${when(tooSoon.at)} ficaria a menos de `
          + `${rule.minMinutes} minutos da execução de ${when(tooSoon.leaderAt)} desta configuração.`);
      }
    }
  }
}
